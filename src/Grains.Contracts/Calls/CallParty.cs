namespace Voice.Grains.Contracts.Calls;

/// <summary>One party of a call as seen from outside.</summary>
/// <param name="Dn">The DN (or the external number).</param>
/// <param name="Role">Origination, Destination, ConferenceMember or Consultation.</param>
/// <param name="State">Alerting, Connected, Held or Released.</param>
/// <param name="AgentId">The agent logged in on the DN, if any.</param>
/// <param name="External">Whether the party is outside the tenant (a trunk's caller or an external number).</param>
public sealed record CallParty(string Dn, string Role, string State, string? AgentId, bool External);
