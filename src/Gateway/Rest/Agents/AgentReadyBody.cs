namespace Voice.Gateway.Rest.Agents;

/// <summary><c>POST …/agents/{agentId}/ready</c>: ManualIn (the default) or AutoIn.</summary>
public sealed record AgentReadyBody(string? WorkMode = null);
