namespace Voice.Sip.Message;

/// <summary>
/// A SIP request or response (RFC 3261 §7): start line, ordered header fields kept as raw slices,
/// and an opaque body (SDP, multipart, anything) passed through untouched.
/// </summary>
public abstract partial class SipMessage
{
    protected SipMessage(SipHeaderCollection headers, ReadOnlyMemory<byte> body)
    {
        Headers = headers;
        Body = body;
    }

    public SipHeaderCollection Headers { get; }

    /// <summary>The message body; <see cref="SipMessageWriter"/> writes it as is.</summary>
    public ReadOnlyMemory<byte> Body { get; set; }

    /// <summary>SIP-Version as received; always "SIP/2.0" once validated (RFC 3261 §7.1).</summary>
    public string Version { get; set; } = "SIP/2.0";

    public abstract bool IsRequest { get; }

    /// <summary>Sets the body with its Content-Type and a matching Content-Length.</summary>
    public void SetBody(ReadOnlyMemory<byte> body, string? contentType)
    {
        Body = body;
        if (contentType is null)
        {
            Headers.RemoveAll(HeaderKind.ContentType);
        }
        else
        {
            Headers.Set(HeaderKind.ContentType, contentType);
        }

        Headers.Set(HeaderKind.ContentLength, body.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <summary>Makes Content-Length match the body (required before sending on a stream transport, RFC 3261 §18.3).</summary>
    public void EnsureContentLength() =>
        Headers.Set(HeaderKind.ContentLength, Body.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));

    public byte[] ToBytes() => SipMessageWriter.ToBytes(this);

    public override string ToString() => System.Text.Encoding.UTF8.GetString(ToBytes());
}
