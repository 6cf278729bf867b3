namespace Voice.Grains.Contracts.Registrar;

/// <summary>What a call needs to reach a DN, in one call: its live bindings (highest q first) and the logged-in agent.</summary>
public sealed record DeviceRouting(IReadOnlyList<DeviceBinding> Bindings, string? AgentId);
