using Voice.Grains.Contracts.Calls;

namespace Voice.Grains.Calls;

public sealed partial class CallThreadGrain
{
    /// <summary>The initial INVITE of a callee leg, carrying the caller's offer (none for a late offer).</summary>
    private SendRequestAction InviteAction(CallLeg leg) => new(
        leg.Flow.NodeId,
        Key,
        leg.Id,
        "INVITE",
        leg.RemoteTarget,
        leg.CallId,
        FromHeader(leg),
        ToHeader(leg),
        leg.InviteCSeq,
        leg.RouteSet,
        leg.Flow.Address,
        State.Caller!.Party,
        State.Caller.Offer,
        State.Caller.OfferContentType,
        ReportResponses: true);

    /// <summary>A new request in <paramref name="leg"/>'s dialog, with the leg's next CSeq (RFC 3261 §12.2.1.1).</summary>
    private SendRequestAction InDialogAction(
        CallLeg leg,
        string method,
        string? body = null,
        string? contentType = null,
        bool reportResponses = false,
        IReadOnlyDictionary<string, string>? headers = null)
    {
        leg.LocalCSeq++;
        return new SendRequestAction(
            leg.Flow.NodeId,
            Key,
            leg.Id,
            method,
            leg.RemoteTarget,
            leg.CallId,
            FromHeader(leg),
            ToHeader(leg),
            leg.LocalCSeq,
            leg.RouteSet,
            leg.Flow.Address,
            IsOrigination(leg) ? State.Callee : ALeg?.Party,
            body,
            contentType,
            reportResponses,
            headers);
    }

    /// <summary>The ACK for a 2xx to the INVITE with CSeq <paramref name="cseq"/> (RFC 3261 §13.2.2.4: same CSeq number).</summary>
    private SendRequestAction AckAction(CallLeg leg, long cseq, string? body = null, string? contentType = null) => new(
        leg.Flow.NodeId,
        Key,
        leg.Id,
        "ACK",
        leg.RemoteTarget,
        leg.CallId,
        FromHeader(leg),
        ToHeader(leg),
        cseq,
        leg.RouteSet,
        leg.Flow.Address,
        null,
        body,
        contentType,
        ReportResponses: false);

    private SendRequestAction ByeAction(CallLeg leg, string cause) =>
        InDialogAction(leg, "BYE", headers: new Dictionary<string, string> { ["Reason"] = $"SIP;cause=200;text=\"{cause}\"" });

    /// <summary>A response to the caller's pending INVITE; null when it has had its final response already.</summary>
    private RespondAction? RespondToCaller(int status, string reason, string? body = null, string? contentType = null)
    {
        var caller = State.Caller!;
        if (caller.InviteHandle is not { } handle)
        {
            return null;
        }

        if (status >= 200)
        {
            caller.InviteHandle = null;
        }

        return new RespondAction(caller.Flow.NodeId, handle, status, reason, LocalTag, State.Dialled, body, contentType, Key);
    }

    private CancelAction CancelOf(CallLeg leg) => new(leg.Flow.NodeId, Key, leg.Id);

    // Caller leg: we are the UAS, so our URI is the To of its INVITE and the peer's is its From; callee legs: we are the UAC.
    private static string FromHeader(CallLeg leg) => $"{leg.LocalUri};tag={leg.LocalTag}";

    private static string ToHeader(CallLeg leg) => leg.RemoteTag is null ? leg.RemoteUri : $"{leg.RemoteUri};tag={leg.RemoteTag}";
}
