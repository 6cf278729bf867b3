using Voice.Grains.Contracts.Calls;

namespace Voice.Grains.Calls;

/// <summary>
/// One leg of a call thread: a SIP dialog with one peer (RFC 3261 §12 dialog state), persisted with the call so any
/// node can continue it. The caller's leg has id <see cref="CallerLegId"/>; callee legs are <c>b1</c>, <c>b2</c> …
/// (one per contact rung).
/// </summary>
public sealed class CallLeg
{
    public const string CallerLegId = "a";

    public string Id { get; set; } = CallerLegId;

    /// <summary>The DN or number of the party on this leg.</summary>
    public string Party { get; set; } = string.Empty;

    public string CallId { get; set; } = string.Empty;

    public string LocalTag { get; set; } = string.Empty;

    /// <summary>The peer's tag; null on a callee leg until a response carries one.</summary>
    public string? RemoteTag { get; set; }

    /// <summary>Our URI (From on requests we send, without tag).</summary>
    public string LocalUri { get; set; } = string.Empty;

    /// <summary>The peer's URI (To on requests we send, without tag).</summary>
    public string RemoteUri { get; set; } = string.Empty;

    /// <summary>Request-URI of requests we send in the dialog (the peer's Contact).</summary>
    public string RemoteTarget { get; set; } = string.Empty;

    public List<string> RouteSet { get; set; } = [];

    /// <summary>The last CSeq we used on this leg.</summary>
    public long LocalCSeq { get; set; }

    /// <summary>The last CSeq the peer used (requests below it are out of order, RFC 3261 §12.2.2).</summary>
    public long RemoteCSeq { get; set; }

    /// <summary>CSeq of this leg's initial INVITE (the one a 2xx ACK must repeat).</summary>
    public long InviteCSeq { get; set; }

    public SipFlow Flow { get; set; } = new(string.Empty, string.Empty);

    public CallLegState State { get; set; } = CallLegState.Inviting;

    /// <summary>Caller leg: the INVITE server transaction still waiting for its final response.</summary>
    public string? InviteHandle { get; set; }

    /// <summary>The last final status this leg's INVITE got (callee legs).</summary>
    public int FinalStatus { get; set; }

    /// <summary>The last session description this leg's party sent (offer or answer): what third-party hold re-offers.</summary>
    public string? Sdp { get; set; }

    /// <summary>Caller leg: the SDP offer of its INVITE (null for a late offer), relayed to every callee leg.</summary>
    public string? Offer { get; set; }

    public string? OfferContentType { get; set; }

    /// <summary>A leg added to a call already under way (transfer or consultation destination), not one of its first forks.</summary>
    public bool Added { get; set; }

    /// <summary>The party is outside the tenant: a trunk's caller, or an external number reached through a trunk.</summary>
    public bool External { get; set; }

    public bool IsLive => State is CallLegState.Inviting or CallLegState.Early or CallLegState.Confirmed;

    public override string ToString() => $"{Id} {State} {CallId}";
}
