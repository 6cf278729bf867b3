namespace Voice.Grains.Contracts.Agents;

/// <summary>The agent is held for call thread <see cref="CallThreadKey"/> until <see cref="ExpiresAt"/>.</summary>
public sealed record AgentReservation(string CallThreadKey, DateTimeOffset ExpiresAt);
