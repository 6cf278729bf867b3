namespace Voice.Grains.Routing.Strategies;

/// <summary>The budget of one strategy run (docs/routing.md, "Limits").</summary>
public sealed class StrategyLimits
{
    /// <summary>Wall time of the whole run (top level and <c>route(call)</c>), checked before every statement.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromMilliseconds(200);

    /// <summary>
    /// Grace after <see cref="Timeout"/> before a run stuck inside one built-in (a catastrophic regular expression,
    /// say) is given up on: the caller gets a failure and falls back; the thread finishes on its own.
    /// </summary>
    public TimeSpan AbandonAfter { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>
    /// Statements executed in the whole run. With the memory check on, a statement costs 15-20 µs, so 5 000
    /// statements fit in <see cref="Timeout"/> even on a loaded node: a runaway loop is reported as what it is.
    /// </summary>
    public int MaxStatements { get; set; } = 5_000;

    /// <summary>Depth of nested JavaScript function calls.</summary>
    public int MaxRecursionDepth { get; set; } = 64;

    /// <summary>
    /// Bytes the run may allocate (garbage included), checked before every statement; null turns the check off.
    /// Jint 2.10 has no memory limit of its own; the check runs in its debugger step hook, which costs 15-20 µs a
    /// statement (Jint collects the variables in scope for a debugger at each step) — about a millisecond for a
    /// strategy of a few dozen statements.
    /// </summary>
    public long? MaxAllocatedBytes { get; set; } = 32L * 1024 * 1024;

    /// <summary>
    /// Longest array (or array-like) the walking built-ins (join, sort, map, apply, JSON.stringify, …) accept.
    /// They loop in C# without checking time, so an array with its length set to 10⁹ would otherwise run for minutes.
    /// </summary>
    public int MaxArrayLength { get; set; } = 100_000;

    /// <summary>Nesting depth of walking built-ins calling each other (nested arrays joined, values stringified).</summary>
    public int MaxBuiltInDepth { get; set; } = 32;

    /// <summary>Instructions one run may give.</summary>
    public int MaxInstructions { get; set; } = 32;

    /// <summary>
    /// Length of the strategy source, in characters. It also bounds how deeply the source can nest (8 000 brackets
    /// at most), which Jint parses and runs by recursion: the run thread's stack is sized for it.
    /// </summary>
    public int MaxSourceLength { get; set; } = 16 * 1024;
}
