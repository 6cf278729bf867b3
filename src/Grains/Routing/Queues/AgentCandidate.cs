namespace Voice.Grains.Routing.Queues;

/// <summary>A Ready agent the queue may offer a call to, with what the selectors compare.</summary>
/// <param name="AgentId">The agent's id.</param>
/// <param name="Skills">Skill name → level (1-10).</param>
/// <param name="IdleSince">When the agent last became Ready (the longest-idle selector's key).</param>
/// <param name="CallsHandled">Calls the agent has handled in the current period (the fewest-calls selector's key).</param>
public sealed record AgentCandidate(
    string AgentId,
    IReadOnlyDictionary<string, int> Skills,
    DateTimeOffset IdleSince,
    int CallsHandled = 0);
