namespace Voice.Grains.Contracts.Tenancy;

/// <summary>The spelling and the defaults of a virtual queue's delivery settings (YAML, REST and validation share them).</summary>
public static class QueueSettingNames
{
    public const string LongestIdle = "longest-idle";
    public const string RoundRobin = "round-robin";
    public const string FewestCalls = "fewest-calls";
    public const string BestSkillLevel = "best-skill-level";
    public const string Random = "random";

    /// <summary>The default selection: the agent Ready the longest.</summary>
    public const string DefaultSelection = LongestIdle;

    /// <summary>How long an agent rings before the call goes back to the queue, unless configured.</summary>
    public const int DefaultRingTimeoutSec = 15;

    public const int MinRingTimeoutSec = 1;

    /// <summary>Ten minutes: a longer ring only hides a phone nobody watches.</summary>
    public const int MaxRingTimeoutSec = 600;

    /// <summary>An agent who lets a queue call ring out is made NotReady, unless configured otherwise.</summary>
    public const bool DefaultNotReadyOnNoAnswer = true;

    /// <summary>Every selection name, in the order the documentation lists them.</summary>
    public static IReadOnlyList<string> Selections { get; } = [LongestIdle, RoundRobin, FewestCalls, BestSkillLevel, Random];

    /// <summary>The canonical (lower-case) name of <paramref name="name"/>, or null when it names no selection.</summary>
    public static string? Canonical(string? name) =>
        Selections.FirstOrDefault(s => string.Equals(s, name, StringComparison.OrdinalIgnoreCase));
}
