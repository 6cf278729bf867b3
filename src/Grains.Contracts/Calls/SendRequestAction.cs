namespace Voice.Grains.Contracts.Calls;

/// <summary>
/// Send a request on a leg: an initial INVITE (new dialog), or one inside the leg's dialog (re-INVITE, BYE, ACK for a
/// 2xx). The gateway adds Via, Max-Forwards, Contact (INVITE) and Content-Length; it starts a client transaction
/// (none for ACK) and, when <see cref="ReportResponses"/>, relays every response except 100 to
/// <see cref="CallThreadKey"/> through <c>ICallThreadGrain.OnLegResponseAsync</c>.
/// </summary>
/// <param name="NodeId">The node whose transport sends it (the peer's flow node).</param>
/// <param name="CallThreadKey">The grain key of the call.</param>
/// <param name="LegId">The leg (the key responses are reported under, and CANCEL finds the INVITE by).</param>
/// <param name="Method">INVITE, BYE, ACK …</param>
/// <param name="RequestUri">The remote target (RFC 3261 §12.2.1.1).</param>
/// <param name="CallId">Call-ID of the leg's dialog.</param>
/// <param name="From">From header value, with our tag.</param>
/// <param name="To">To header value, with the peer's tag once known.</param>
/// <param name="CSeq">CSeq number.</param>
/// <param name="Routes">Route header values (the dialog's route set), in order.</param>
/// <param name="Destination">Transport address to send to (e.g. <c>udp:127.0.0.1:5062</c>).</param>
/// <param name="ContactUser">User part of our Contact (INVITE only).</param>
/// <param name="Body">A body (SDP), or null.</param>
/// <param name="ContentType">Content-Type of <paramref name="Body"/>.</param>
/// <param name="ReportResponses">Whether responses go back to the call.</param>
/// <param name="Headers">Extra header lines (e.g. Reason on a BYE).</param>
public sealed record SendRequestAction(
    string NodeId,
    string CallThreadKey,
    string LegId,
    string Method,
    string RequestUri,
    string CallId,
    string From,
    string To,
    long CSeq,
    IReadOnlyList<string> Routes,
    string Destination,
    string? ContactUser,
    string? Body,
    string? ContentType,
    bool ReportResponses,
    IReadOnlyDictionary<string, string>? Headers = null) : SipAction(NodeId);
