using Voice.Runtime;

namespace Voice.Grains.Contracts.Agents;

/// <summary>
/// One agent of one tenant (key <c>{tenant}:{agentId}</c>, see <see cref="AgentKey"/>): login to a DN and queues,
/// Ready / NotReady, DND, forwarding, the reservation routing takes before offering a call, Busy while on calls and
/// after-call work when the last one ends. Every request is checked against the tenant's configuration; a refused one
/// changes nothing. Changes publish EventAgent* on <c>voice-agentstate</c> atomically with the state.
/// </summary>
[GrainType("agent")]
public interface IAgentGrain : IGrainWithStringKey
{
    /// <summary>The agent now; LoggedOut for an agent that never logged in.</summary>
    Task<AgentSnapshot> GetAsync();

    /// <summary>Logs in on the DN (linking it to this agent) and to the queues; Ready or NotReady per the work mode.</summary>
    Task<AgentResult> LoginAsync(AgentLoginRequest request);

    /// <summary>Logs out and frees the DN; refused while the agent is party to a call.</summary>
    Task<AgentResult> LogoutAsync();

    /// <summary>Ready in <paramref name="workMode"/> (ManualIn or AutoIn). While Busy, the mode to return to after the call.</summary>
    Task<AgentResult> ReadyAsync(AgentWorkMode workMode);

    /// <summary>NotReady with a reason code and a NotReady work mode. While Busy, the state to return to after the call.</summary>
    Task<AgentResult> NotReadyAsync(string? reason, AgentWorkMode workMode);

    /// <summary>Do-not-disturb on or off; a DND agent gets no reservation.</summary>
    Task<AgentResult> SetDndAsync(bool on);

    /// <summary>Forwards the agent's calls to <paramref name="target"/> (a DN or a number).</summary>
    Task<AgentResult> SetForwardAsync(string target);

    /// <summary>Cancels forwarding.</summary>
    Task<AgentResult> CancelForwardAsync();

    /// <summary>
    /// Holds the agent for call <paramref name="callThreadKey"/> for <paramref name="ttl"/>: granted only when Ready, not
    /// reserved for another call and not DND. Asking again for the same call extends it. It lapses by itself.
    /// </summary>
    Task<AgentResult> ReserveAsync(string callThreadKey, TimeSpan ttl);

    /// <summary>Gives up the reservation for <paramref name="callThreadKey"/>.</summary>
    Task<AgentResult> ReleaseReservationAsync(string callThreadKey);

    /// <summary>The agent became party to call <paramref name="callThreadKey"/>: Busy (consumes a reservation for it). Idempotent.</summary>
    Task<AgentResult> CallStartedAsync(string callThreadKey);

    /// <summary>
    /// Call <paramref name="callThreadKey"/> ended for the agent. When it was the last one: after-call work for
    /// <paramref name="afterCallWork"/> (the configured default when null), then back to the state before the call;
    /// straight back when the time is zero. Idempotent.
    /// </summary>
    Task<AgentResult> CallEndedAsync(string callThreadKey, TimeSpan? afterCallWork);
}
