namespace Voice.Grains.Routing.Queues;

/// <summary>The tie-break every selector ends with: longest idle first, then agent id, so choices are deterministic.</summary>
internal static class CandidateOrder
{
    public static IComparer<AgentCandidate> LongestIdleFirst { get; } = Comparer<AgentCandidate>.Create(static (x, y) =>
    {
        var byIdle = x.IdleSince.CompareTo(y.IdleSince);
        return byIdle != 0 ? byIdle : string.CompareOrdinal(x.AgentId, y.AgentId);
    });
}
