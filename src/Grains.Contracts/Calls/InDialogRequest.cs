namespace Voice.Grains.Contracts.Calls;

/// <summary>
/// A request received inside one of a call's dialogs. <see cref="ToTag"/> is our tag (it named the call thread);
/// <see cref="CallId"/> and <see cref="FromTag"/> pick the leg.
/// </summary>
/// <param name="Method">The method (BYE, INVITE, ACK, INFO, OPTIONS, UPDATE …).</param>
/// <param name="CallId">Call-ID.</param>
/// <param name="FromTag">The peer's tag.</param>
/// <param name="ToTag">Our tag.</param>
/// <param name="CSeq">CSeq number.</param>
/// <param name="Handle">The gateway's handle of the server transaction (answered later for a re-INVITE); null for ACK.</param>
/// <param name="Flow">Where the request came from, through which node.</param>
/// <param name="Contact">The Contact URI, when present (a re-INVITE may change the remote target).</param>
/// <param name="Body">The body, when present.</param>
/// <param name="ContentType">Content-Type of <paramref name="Body"/>.</param>
public sealed record InDialogRequest(
    string Method,
    string CallId,
    string FromTag,
    string ToTag,
    long CSeq,
    string? Handle,
    SipFlow Flow,
    string? Contact,
    string? Body,
    string? ContentType);
