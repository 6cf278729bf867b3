namespace Voice.Grains;

/// <summary>
/// Starts grain calls outside the current call chain. A grain that tells another grain something after its commit,
/// where that grain may call it back (agent → queue → agent), must not carry its chain along: the runtime runs a
/// call of a chain already executing in an activation at once, inside that activation's running turn, so the
/// notice would interleave with whatever the receiver is doing. On a fresh chain it waits its turn instead.
/// </summary>
internal static class DetachedCall
{
    /// <summary>Runs <paramref name="work"/> on the thread pool on a fresh call chain; the caller does not wait for it.</summary>
    public static Task Start(Func<Task> work)
    {
        using (ExecutionContext.SuppressFlow())
        {
            return Task.Run(work);
        }
    }
}
