using Voice.Grains.Contracts.Agents;

namespace Voice.Grains.Agents;

/// <summary>The Ready or NotReady state an agent returns to after its calls and after-call work.</summary>
public sealed record AgentReturnState(AgentStatus Status, AgentWorkMode WorkMode, string? Reason);
