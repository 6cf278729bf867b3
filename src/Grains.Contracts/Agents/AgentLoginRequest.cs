namespace Voice.Grains.Contracts.Agents;

/// <summary>Login: the DN (the agent's default DN when null), the queues to join, and the initial work mode.</summary>
/// <param name="Dn">An extension of the tenant not held by another logged-in agent.</param>
/// <param name="Queues">Queue ids (the <c>queueId</c> of the tenant's virtual queues).</param>
/// <param name="WorkMode">ManualIn/AutoIn logs in Ready; a NotReady mode (or null, meaning AuxWork) logs in NotReady.</param>
public sealed record AgentLoginRequest(string? Dn, IReadOnlyList<string>? Queues = null, AgentWorkMode? WorkMode = null);
