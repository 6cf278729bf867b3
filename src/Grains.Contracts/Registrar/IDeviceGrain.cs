using Voice.Runtime;

namespace Voice.Grains.Contracts.Registrar;

/// <summary>
/// The registrar's binding store for one address-of-record (RFC 3261 §10): key <c>{tenant}:{aor-user}</c>, e.g.
/// <c>demo:1001</c> (see <see cref="DeviceKey"/>). The SIP gateway authenticates and parses; this grain applies the
/// §10.3 rules atomically, persists the bindings, expires them with a durable reminder and publishes
/// EventDNBackInService / EventDNOutOfService on <c>voice-agentstate</c>.
/// </summary>
[GrainType("device")]
public interface IDeviceGrain : IGrainWithStringKey
{
    /// <summary>Adds, refreshes or removes (expires 0) the request's contacts; all or nothing.</summary>
    Task<RegisterResult> RegisterAsync(RegisterRequest request);

    /// <summary>RFC 3261 §10.2.2 <c>Contact: *</c> with <c>Expires: 0</c>: removes every binding, subject to the Call-ID/CSeq rule.</summary>
    Task<RegisterResult> UnregisterAllAsync(string callId, long cseq);

    /// <summary>The current bindings (a REGISTER without Contact, RFC 3261 §10.2.3), highest q first.</summary>
    Task<IReadOnlyList<DeviceBinding>> GetBindingsAsync();

    /// <summary>
    /// Links agent <paramref name="agentId"/> to this DN unless another agent holds it. Returns the agent that holds
    /// the DN afterwards: <paramref name="agentId"/> when granted (or already held by it), else the other agent.
    /// </summary>
    Task<string> AttachAgentAsync(string agentId);

    /// <summary>Unlinks <paramref name="agentId"/>; false (and nothing changes) when it did not hold this DN.</summary>
    Task<bool> DetachAgentAsync(string agentId);

    /// <summary>The live bindings and the logged-in agent's id, for routing a call to this DN.</summary>
    Task<DeviceRouting> GetRoutingAsync();
}
