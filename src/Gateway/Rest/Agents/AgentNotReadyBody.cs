namespace Voice.Gateway.Rest.Agents;

/// <summary><c>POST …/agents/{agentId}/not-ready</c>: a reason code and a NotReady work mode (AuxWork by default).</summary>
public sealed record AgentNotReadyBody(string? Reason = null, string? WorkMode = null);
