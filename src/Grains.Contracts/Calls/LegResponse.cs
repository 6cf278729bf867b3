namespace Voice.Grains.Contracts.Calls;

/// <summary>
/// A response received for a request a call leg sent (or synthesized: 408 on timeout, 503 on transport failure).
/// </summary>
/// <param name="LegId">The leg the request was sent on.</param>
/// <param name="Method">The request's method (INVITE, BYE …).</param>
/// <param name="CSeq">The request's CSeq number.</param>
/// <param name="Status">Status code.</param>
/// <param name="Reason">Reason phrase.</param>
/// <param name="ToTag">The To tag (the peer's dialog tag), when present.</param>
/// <param name="Contact">The Contact URI (the peer's target), when present.</param>
/// <param name="RecordRoute">Record-Route values in received order.</param>
/// <param name="Body">The body (an SDP answer or offer), when present.</param>
/// <param name="ContentType">Content-Type of <paramref name="Body"/>.</param>
public sealed record LegResponse(
    string LegId,
    string Method,
    long CSeq,
    int Status,
    string Reason,
    string? ToTag,
    string? Contact,
    IReadOnlyList<string> RecordRoute,
    string? Body,
    string? ContentType)
{
    public bool IsProvisional => Status is >= 100 and < 200;

    public bool IsSuccess => Status is >= 200 and < 300;
}
