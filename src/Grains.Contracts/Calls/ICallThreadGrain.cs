using Voice.Runtime;

namespace Voice.Grains.Contracts.Calls;

/// <summary>
/// One call thread of the B2BUA (key <c>{tenant}:{callthread}</c>, see <see cref="CallThreadKey"/>): the caller's leg
/// and the callee legs are separate SIP dialogs joined here. The grain is the brain — it resolves the destination,
/// keeps both dialogs and the call's parties durable, publishes the call events, and tells the SIP gateways (the hands,
/// which keep only transactions) what to send through <see cref="ISipSignalling"/>.
/// </summary>
[GrainType("callthread")]
public interface ICallThreadGrain : IGrainWithStringKey
{
    /// <summary>
    /// A new INVITE: resolves the destination and either refuses it (the result names the final status, which the
    /// gateway sends) or starts ringing the destination's contacts, answering the caller through actions later.
    /// </summary>
    Task<CallOfferResult> OfferAsync(CallOffer offer);

    /// <summary>A response to a request this call sent on one of its legs (INVITE, re-INVITE, BYE), relayed by the gateway that sent it.</summary>
    Task OnLegResponseAsync(LegResponse response);

    /// <summary>
    /// A request inside one of the call's dialogs (BYE, re-INVITE, ACK with a body, INFO, OPTIONS …). The answer is the
    /// status to send at once, or <see cref="InDialogAnswer.Pending"/> when the grain answers later through an action.
    /// </summary>
    Task<InDialogAnswer> OnInDialogRequestAsync(InDialogRequest request);

    /// <summary>The caller sent CANCEL for its INVITE before any final response (RFC 3261 §9.2).</summary>
    Task OnCallerCancelledAsync();

    /// <summary>A 2xx the call sent on the server transaction <paramref name="handle"/> was never acknowledged (RFC 3261 §13.3.1.4).</summary>
    Task OnAckTimeoutAsync(string handle);

    /// <summary>
    /// Third-party hold by the party on <paramref name="dn"/> (a DN of the tenant on the connected call): the other
    /// party gets a re-INVITE with <paramref name="dn"/>'s media made sendonly; EventHeld follows its 2xx.
    /// </summary>
    Task<CallControlResult> HoldAsync(string dn);

    /// <summary>Takes back a hold made by <paramref name="dn"/>: re-INVITE back to sendrecv; EventRetrieved follows its 2xx.</summary>
    Task<CallControlResult> RetrieveAsync(string dn);

    /// <summary>
    /// Hangs up for <paramref name="dn"/>: a connected call ends on both legs (BYE); a ringing call is declined (callee:
    /// 486 to the caller) or abandoned (calling extension: 487).
    /// </summary>
    Task<CallControlResult> ReleaseAsync(string dn);

    /// <summary>
    /// Third-party make call on a fresh key: rings the phone on <see cref="MakeCallRequest.FromDn"/> with an
    /// auto-answer request, and when it answers dials <see cref="MakeCallRequest.To"/> from it (RFC 3725).
    /// </summary>
    Task<CallControlResult> MakeCallAsync(MakeCallRequest request);

    /// <summary>
    /// Answers the call ringing on <paramref name="dn"/> from the desktop: the phone is sent a NOTIFY with
    /// <c>Event: talk</c> (the remote-answer convention of SIP desk phones), and EventEstablished follows its 200.
    /// </summary>
    Task<CallControlResult> AnswerAsync(string dn);

    /// <summary>
    /// Transfers the call away from <paramref name="dn"/> to <paramref name="destination"/>: single-step replaces
    /// <paramref name="dn"/> at once; two-step holds the other party and consults the destination first (complete or
    /// cancel with <see cref="CompleteConsultationAsync"/> / <see cref="CancelConsultationAsync"/>).
    /// </summary>
    Task<CallControlResult> TransferAsync(string dn, string destination, TransferMode mode);

    /// <summary>Starts a two-step conference: <paramref name="dn"/> consults <paramref name="destination"/> while the others wait.</summary>
    Task<CallControlResult> ConferenceAsync(string dn, string destination);

    /// <summary>Completes the consultation <paramref name="dn"/> started: the transfer (dn leaves) or the conference (all stay).</summary>
    Task<CallControlResult> CompleteConsultationAsync(string dn);

    /// <summary>Ends the consultation <paramref name="dn"/> started and reconnects it with the party it held.</summary>
    Task<CallControlResult> CancelConsultationAsync(string dn);

    /// <summary>Removes <paramref name="party"/> from the conference, asked by <paramref name="dn"/> (a party of it).</summary>
    Task<CallControlResult> RemovePartyAsync(string dn, string party);

    /// <summary>Attaches, updates or deletes the call's user data; EventAttachedDataChanged follows.</summary>
    Task<CallControlResult> UpdateUserDataAsync(UserDataChange change);

    /// <summary>
    /// A queue hands this waiting call to a reserved agent: the agent's DN is rung (ThisQueue on the events); no
    /// answer within the delivery's ring timeout gives the call back to the queue (<c>IQueueGrain.DeliveryFailedAsync</c>).
    /// Refused (NotWaiting) when the call no longer waits in that queue — the queue then frees the agent.
    /// </summary>
    Task<CallControlResult> DeliverAsync(Routing.QueueDelivery delivery);

    /// <summary>
    /// The routing session sends the waiting call to a DN: EventRouteUsed, then it rings like a dialled extension.
    /// Refused (with the reason) when the DN cannot be rung now, so the session can try its next target.
    /// </summary>
    Task<CallControlResult> RouteToAsync(Routing.RouteTarget target);

    /// <summary>The routing session reports a step the call publishes (queued, diverted, treatment not applied, failure).</summary>
    Task<CallControlResult> OnRoutingNoticeAsync(Routing.RoutingNotice notice);

    /// <summary>The routing session found no target at all: the caller gets 480 and the call is released (cause NoRoute).</summary>
    Task<CallControlResult> RoutingFailedAsync(string reason);

    /// <summary>What the call looks like now (for inspection and tests); <see cref="CallPhase.None"/> when unknown.</summary>
    Task<CallThreadSnapshot> GetAsync();
}
