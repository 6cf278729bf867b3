using Voice.Sip.Message;

namespace Voice.Sip.Parsing;

/// <summary>Body framing by Content-Length (RFC 3261 §18.3, §20.14).</summary>
public static partial class SipMessageParser
{
    private static SipError FrameBody(ReadOnlyMemory<byte> data, int bodyStart, SipMessage message, bool stream)
    {
        long? contentLength = null;
        var headers = message.Headers;
        // Index loop rather than OfKind: no iterator allocation on the receive path.
        for (var i = headers.IndexOf(HeaderKind.ContentLength); i >= 0; i = headers.IndexOf(HeaderKind.ContentLength, i + 1))
        {
            if (!SipLexer.TryParseUInt(headers[i].RawValue.Span, int.MaxValue, out var v))
            {
                return SipError.MalformedContentLength;
            }

            if (contentLength is { } previous && previous != v)
            {
                return SipError.DuplicateHeader;
            }

            contentLength = v;
        }

        var available = data.Length - bodyStart;
        if (contentLength is null)
        {
            // RFC 3261 §18.3: mandatory on streams; on datagrams the body runs to the end.
            if (stream)
            {
                return SipError.MissingContentLength;
            }

            message.Body = data[bodyStart..];
            return SipError.None;
        }

        if (contentLength > available)
        {
            return SipError.BodyShorterThanContentLength;
        }

        // RFC 3261 §18.3: bytes beyond Content-Length in a datagram are discarded.
        message.Body = data.Slice(bodyStart, (int)contentLength.Value);
        return SipError.None;
    }
}
