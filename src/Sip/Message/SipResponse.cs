namespace Voice.Sip.Message;

/// <summary>Status-Line = SIP-Version SP Status-Code SP Reason-Phrase CRLF (RFC 3261 §7.2).</summary>
public sealed class SipResponse : SipMessage
{
    public SipResponse(int statusCode, string reasonPhrase, SipHeaderCollection? headers = null)
        : base(headers ?? new SipHeaderCollection(), ReadOnlyMemory<byte>.Empty)
    {
        StatusCode = statusCode;
        ReasonPhrase = reasonPhrase;
    }

    internal SipResponse(int statusCode, string reasonPhrase, SipHeaderCollection headers, ReadOnlyMemory<byte> body)
        : base(headers, body)
    {
        StatusCode = statusCode;
        ReasonPhrase = reasonPhrase;
    }

    public int StatusCode { get; set; }

    public string ReasonPhrase { get; set; }

    public override bool IsRequest => false;

    public bool IsProvisional => StatusCode is >= 100 and < 200;

    public bool IsSuccess => StatusCode is >= 200 and < 300;

    public bool IsFinal => StatusCode >= 200;
}
