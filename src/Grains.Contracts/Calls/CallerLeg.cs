namespace Voice.Grains.Contracts.Calls;

/// <summary>
/// The caller's side of a new INVITE, as the B2BUA will keep it as a dialog (RFC 3261 §12.1.1, UAS side).
/// </summary>
/// <param name="CallId">Call-ID of the INVITE.</param>
/// <param name="RemoteTag">The caller's From tag.</param>
/// <param name="RemoteUri">The From header without its tag (the dialog's remote URI).</param>
/// <param name="LocalUri">The To header as received (no tag yet).</param>
/// <param name="RemoteTarget">The Contact URI of the INVITE.</param>
/// <param name="RouteSet">The Record-Route values, in order (RFC 3261 §12.1.1).</param>
/// <param name="CSeq">The INVITE's CSeq number.</param>
/// <param name="Flow">Where the caller is reached, and through which node.</param>
/// <param name="InviteHandle">The gateway's handle of the pending INVITE server transaction.</param>
/// <param name="Body">The SDP offer (or null: late offer).</param>
/// <param name="ContentType">Content-Type of <paramref name="Body"/>.</param>
public sealed record CallerLeg(
    string CallId,
    string RemoteTag,
    string RemoteUri,
    string LocalUri,
    string RemoteTarget,
    IReadOnlyList<string> RouteSet,
    long CSeq,
    SipFlow Flow,
    string InviteHandle,
    string? Body,
    string? ContentType);
