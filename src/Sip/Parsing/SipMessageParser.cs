using System.Buffers;
using Voice.Sip.Message;

namespace Voice.Sip.Parsing;

/// <summary>
/// Parses one SIP message from bytes (RFC 3261 §7): start line, header fields indexed as raw slices
/// (compact names resolved, folded lines joined), body framed by Content-Length. One pass, no regex,
/// no string splitting; a header value is only decoded when somebody reads it. Never throws on input.
/// </summary>
public static partial class SipMessageParser
{
    // Control characters other than HTAB, LF and CR are never legal in the header section.
    private static readonly SearchValues<byte> ForbiddenControls = SearchValues.Create(
        [0, 1, 2, 3, 4, 5, 6, 7, 8, 11, 12, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 127]);

    /// <summary>Parses a datagram, or one message already framed from a stream (<paramref name="stream"/> = true).</summary>
    public static SipParseResult Parse(ReadOnlyMemory<byte> data, SipParserOptions? options = null, bool stream = false)
    {
        options ??= SipParserOptions.Default;
        try
        {
            return ParseCore(data, options, stream);
        }
        catch (Exception e) when (e is ArgumentOutOfRangeException or IndexOutOfRangeException or FormatException or OverflowException)
        {
            // A parser bug must not take a receive loop down; the fuzz tests keep this path cold.
            return SipParseResult.Fail(SipError.MalformedHeaderLine);
        }
    }

    public static SipParseResult Parse(byte[] data, SipParserOptions? options = null) => Parse(data.AsMemory(), options);

    private static SipParseResult ParseCore(ReadOnlyMemory<byte> data, SipParserOptions options, bool stream)
    {
        var span = data.Span;
        var pos = 0;
        // RFC 3261 §7.5: implementations SHOULD ignore CRLFs preceding the start line.
        while (pos < span.Length && (span[pos] == '\r' || span[pos] == '\n'))
        {
            pos++;
        }

        if (pos == span.Length)
        {
            return SipParseResult.Fail(SipError.EmptyMessage);
        }

        var nl = span[pos..].IndexOf((byte)'\n');
        if (nl < 0)
        {
            return SipParseResult.Fail(IsResponseLine(span[pos..]) ? SipError.MalformedStatusLine : SipError.MalformedStartLine);
        }

        var line = TrimCr(span.Slice(pos, nl));
        var lineStart = pos;
        pos += nl + 1;

        var headers = new SipHeaderCollection(24);
        var headerError = ReadHeaders(data, ref pos, headers, options);
        var bodyStart = pos;

        SipMessage message;
        SipError error;
        if (IsResponseLine(line))
        {
            error = ParseStatusLine(line, out var code, out var reason);
            message = new SipResponse(code, reason, headers, ReadOnlyMemory<byte>.Empty);
            if (error != SipError.None)
            {
                return SipParseResult.Fail(error);
            }
        }
        else
        {
            error = ParseRequestLine(data.Slice(lineStart, line.Length), out var method, out var rawUri);
            message = new SipRequest(method, rawUri, headers, ReadOnlyMemory<byte>.Empty);
        }

        if (headerError != SipError.None)
        {
            return SipParseResult.Fail(headerError, headerError == SipError.MalformedHeaderLine ? null : message);
        }

        if (error != SipError.None)
        {
            return SipParseResult.Fail(error, message);
        }

        if (span.Length > options.MaxMessageSize)
        {
            return SipParseResult.Fail(SipError.MessageTooLarge, message);
        }

        var bodyError = FrameBody(data, bodyStart, message, stream);
        if (bodyError != SipError.None)
        {
            return SipParseResult.Fail(bodyError, message);
        }

        if (options.Validate)
        {
            var validation = SipMessageValidator.Validate(message);
            if (validation != SipError.None)
            {
                return SipParseResult.Fail(validation, message);
            }
        }

        return SipParseResult.Ok(message);
    }
}
