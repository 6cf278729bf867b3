namespace Voice.Grains.Contracts.Agents;

/// <summary>An agent as seen from outside (desktops, routing, tests).</summary>
/// <param name="AgentId">The agent's id.</param>
/// <param name="Status">LoggedOut, NotReady, Ready or Busy.</param>
/// <param name="WorkMode">ManualIn/AutoIn when Ready, the NotReady mode when NotReady; while Busy, the mode before the call.</param>
/// <param name="Reason">The NotReady reason code the agent gave, if any.</param>
/// <param name="Dn">The DN the agent is logged in on.</param>
/// <param name="Queues">The queues the agent is logged in to.</param>
/// <param name="Dnd">Do-not-disturb.</param>
/// <param name="ForwardTo">Call forwarding target, if set.</param>
/// <param name="Reservation">The pending reservation for routing, if any.</param>
/// <param name="ActiveCalls">Keys of the call threads the agent is party to.</param>
/// <param name="Since">When <see cref="Status"/> last changed.</param>
/// <param name="AfterCallWorkEndsAt">When after-call work ends, while in it.</param>
public sealed record AgentSnapshot(
    string AgentId,
    AgentStatus Status,
    AgentWorkMode WorkMode,
    string? Reason,
    string? Dn,
    IReadOnlyList<string> Queues,
    bool Dnd,
    string? ForwardTo,
    AgentReservation? Reservation,
    IReadOnlyList<string> ActiveCalls,
    DateTimeOffset? Since,
    DateTimeOffset? AfterCallWorkEndsAt);
