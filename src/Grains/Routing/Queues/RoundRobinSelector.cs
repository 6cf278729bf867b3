namespace Voice.Grains.Routing.Queues;

/// <summary>
/// Takes agents in turn by agent id: the next qualified agent after the last one chosen, wrapping around.
/// Keying the cursor on the id (not a position) keeps the turn fair when agents come and go between calls.
/// </summary>
/// <param name="cursor">The last agent chosen, to resume a stored queue; null starts at the lowest id.</param>
public sealed class RoundRobinSelector(string? cursor = null) : IAgentSelector
{
    /// <summary>The last agent chosen: the state a queue stores to resume the turn after a restart.</summary>
    public string? Cursor { get; private set; } = cursor;

    public AgentCandidate Select(WaitingCall call, IReadOnlyList<AgentCandidate> qualified)
    {
        AgentCandidate? lowest = null;
        AgentCandidate? next = null;
        foreach (var agent in qualified)
        {
            if (lowest is null || string.CompareOrdinal(agent.AgentId, lowest.AgentId) < 0)
            {
                lowest = agent;
            }

            var afterCursor = Cursor is null || string.CompareOrdinal(agent.AgentId, Cursor) > 0;
            if (afterCursor && (next is null || string.CompareOrdinal(agent.AgentId, next.AgentId) < 0))
            {
                next = agent;
            }
        }

        var chosen = next ?? lowest!;
        Cursor = chosen.AgentId;
        return chosen;
    }
}
