namespace Voice.Gateway.Rest.Agents;

/// <summary>
/// An agent's live state, the <c>state</c> member of <c>GET …/agents/{id}</c> and the answer of every agent action.
/// Every member has a default so a PUT of a document read with GET (which carries it) binds; PUT ignores it.
/// </summary>
/// <param name="Status">LoggedOut, NotReady, Ready or Busy.</param>
/// <param name="WorkMode">ManualIn/AutoIn when Ready, the NotReady mode when NotReady; while Busy the mode to return to.</param>
/// <param name="Reason">The NotReady reason code the agent gave.</param>
/// <param name="Dn">The DN the agent is logged in on.</param>
/// <param name="Queues">The queues the agent is logged in to.</param>
/// <param name="Dnd">Do-not-disturb.</param>
/// <param name="ForwardTo">The forwarding target.</param>
/// <param name="ActiveCalls">The ids of the calls the agent is party to (<c>…/calls/{callId}</c>).</param>
/// <param name="Since">When the status or work mode last changed.</param>
/// <param name="AfterCallWorkEndsAt">When after-call work ends, while in it.</param>
public sealed record AgentStateDocument(
    string? Status = null,
    string? WorkMode = null,
    string? Reason = null,
    string? Dn = null,
    IReadOnlyList<string>? Queues = null,
    bool Dnd = false,
    string? ForwardTo = null,
    IReadOnlyList<string>? ActiveCalls = null,
    DateTimeOffset? Since = null,
    DateTimeOffset? AfterCallWorkEndsAt = null);
