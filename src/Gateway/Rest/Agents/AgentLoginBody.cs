namespace Voice.Gateway.Rest.Agents;

/// <summary><c>POST …/agents/{agentId}/login</c>: the DN (the agent's default DN when left out), queues and initial work mode.</summary>
public sealed record AgentLoginBody(string? Dn = null, IReadOnlyList<string>? Queues = null, string? WorkMode = null);
