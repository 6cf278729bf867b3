namespace Voice.Gateway.Rest.Agents;

/// <summary><c>POST …/agents/{agentId}/forward</c>: where the agent's calls go.</summary>
public sealed record AgentForwardBody(string To);
