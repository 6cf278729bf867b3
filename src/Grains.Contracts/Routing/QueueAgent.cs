using Voice.Grains.Contracts.Agents;

namespace Voice.Grains.Contracts.Routing;

/// <summary>An agent as a queue sees it, sent by the agent grain on every change of state.</summary>
/// <param name="AgentId">The agent.</param>
/// <param name="Status">LoggedOut, NotReady, Ready or Busy (a LoggedOut agent leaves the queue).</param>
/// <param name="Dn">The DN the agent is logged in on (where calls ring).</param>
/// <param name="Skills">Skill name → level (1–10), from the tenant configuration.</param>
/// <param name="Since">When the status began (longest idle = Ready since the earliest).</param>
/// <param name="CallsHandled">Calls the agent answered since login (fewest-calls selection).</param>
/// <param name="Reserved">Whether a reservation holds the agent for a call now.</param>
public sealed record QueueAgent(
    string AgentId,
    AgentStatus Status,
    string? Dn,
    IReadOnlyDictionary<string, int> Skills,
    DateTimeOffset Since,
    int CallsHandled,
    bool Reserved);
