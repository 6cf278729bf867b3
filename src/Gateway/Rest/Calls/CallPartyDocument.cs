namespace Voice.Gateway.Rest.Calls;

/// <summary>One party of a call: its DN (or external number), role, state, agent and whether it is outside the tenant.</summary>
public sealed record CallPartyDocument(string Dn, string Role, string State, string? AgentId, bool External);
