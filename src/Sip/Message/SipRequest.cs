using System.Text;
using Voice.Sip.Headers;
using Voice.Sip.Parsing;

namespace Voice.Sip.Message;

/// <summary>Request-Line = Method SP Request-URI SP SIP-Version CRLF (RFC 3261 §7.1).</summary>
public sealed class SipRequest : SipMessage
{
    private SipUri? _uri;
    private ReadOnlyMemory<byte> _rawUri;

    public SipRequest(SipMethod method, SipUri requestUri, SipHeaderCollection? headers = null)
        : base(headers ?? new SipHeaderCollection(), ReadOnlyMemory<byte>.Empty)
    {
        Method = method;
        RequestUri = requestUri;
    }

    internal SipRequest(SipMethod method, ReadOnlyMemory<byte> rawUri, SipHeaderCollection headers, ReadOnlyMemory<byte> body)
        : base(headers, body)
    {
        Method = method;
        _rawUri = rawUri;
    }

    public SipMethod Method { get; set; }

    public override bool IsRequest => true;

    /// <summary>The Request-URI as received (or as last set).</summary>
    public ReadOnlyMemory<byte> RawRequestUri => _rawUri;

    /// <summary>The parsed Request-URI; parsed on first use. Throws <see cref="SipParseException"/> when malformed.</summary>
    public SipUri RequestUri
    {
        get
        {
            if (_uri is null)
            {
                if (!SipUriParser.TryParse(_rawUri.Span, out var uri, out var error))
                {
                    throw new SipParseException(error, HeaderKind.Unknown);
                }

                _uri = uri;
            }

            return _uri;
        }

        set
        {
            _uri = value;
            _rawUri = Encoding.UTF8.GetBytes(value.ToString());
        }
    }

    /// <summary>Same verdict as <see cref="TryGetRequestUri"/> without building (or caching) the <see cref="SipUri"/>.</summary>
    internal bool ValidateRequestUri(out SipError error)
    {
        error = SipError.None;
        return _uri is not null || SipUriParser.Validate(_rawUri.Span, out error);
    }

    public bool TryGetRequestUri(out SipUri uri, out SipError error)
    {
        error = SipError.None;
        if (_uri is not null)
        {
            uri = _uri;
            return true;
        }

        if (!SipUriParser.TryParse(_rawUri.Span, out uri, out error))
        {
            return false;
        }

        _uri = uri;
        return true;
    }
}
