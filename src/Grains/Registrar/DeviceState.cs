using Voice.Grains.Contracts.Registrar;

namespace Voice.Grains.Registrar;

/// <summary>The persisted state of a Device grain: its bindings and the last event sequence number it published.</summary>
public sealed class DeviceState
{
    public List<DeviceBinding> Bindings { get; set; } = [];

    /// <summary>
    /// The <c>seq</c> of the last event published for this key: the Device grain is the only writer of key
    /// <c>{tenant}:{dn}</c> on <c>voice-agentstate</c>, so counting here matches the log's per-key sequence.
    /// </summary>
    public long EventSeq { get; set; }

    /// <summary>The agent logged in on this DN, if any (kept here so a call reads bindings and agent in one call).</summary>
    public string? AgentId { get; set; }
}
