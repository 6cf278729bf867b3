namespace Voice.Grains.Contracts.Calls;

/// <summary>
/// Send a response on the pending server transaction <see cref="Handle"/> (an INVITE or re-INVITE). A 2xx to an INVITE
/// gets a Contact of the sending node and is retransmitted until the ACK comes (RFC 3261 §13.3.1.4).
/// </summary>
/// <param name="NodeId">The node holding the transaction.</param>
/// <param name="Handle">The transaction's handle.</param>
/// <param name="Status">Status code.</param>
/// <param name="Reason">Reason phrase.</param>
/// <param name="ToTag">Our dialog tag.</param>
/// <param name="ContactUser">User part of the Contact of a 1xx/2xx to an INVITE (the dialled number).</param>
/// <param name="Body">A body (SDP), or null.</param>
/// <param name="ContentType">Content-Type of <paramref name="Body"/>.</param>
/// <param name="CallThreadKey">The call to tell when a 2xx is never acknowledged.</param>
/// <param name="Headers">Extra header lines (e.g. Retry-After, Reason).</param>
public sealed record RespondAction(
    string NodeId,
    string Handle,
    int Status,
    string Reason,
    string ToTag,
    string? ContactUser,
    string? Body,
    string? ContentType,
    string CallThreadKey,
    IReadOnlyDictionary<string, string>? Headers = null) : SipAction(NodeId);
