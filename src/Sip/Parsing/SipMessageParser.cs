using System.Buffers;
using Voice.Sip.Message;

namespace Voice.Sip.Parsing;

/// <summary>
/// Parses one SIP message from bytes (RFC 3261 §7): start line, header fields indexed as raw slices
/// (compact names resolved, folded lines joined), body framed by Content-Length. One pass, no regex,
/// no string splitting; a header value is only decoded when somebody reads it. Never throws on input.
/// </summary>
public static class SipMessageParser
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

    /// <summary>Reads header lines up to the empty line; leaves <paramref name="pos"/> at the first body byte.</summary>
    private static SipError ReadHeaders(ReadOnlyMemory<byte> data, ref int pos, SipHeaderCollection headers, SipParserOptions options)
    {
        var span = data.Span;
        var sectionStart = pos;
        while (true)
        {
            if (pos >= span.Length)
            {
                // RFC 3261 §7: the header section MUST end with an empty line.
                return SipError.MalformedHeaderLine;
            }

            var nl = span[pos..].IndexOf((byte)'\n');
            if (nl < 0)
            {
                return SipError.MalformedHeaderLine;
            }

            var lineEnd = pos + nl;
            var contentEnd = lineEnd > pos && span[lineEnd - 1] == '\r' ? lineEnd - 1 : lineEnd;
            if (contentEnd == pos)
            {
                pos = lineEnd + 1;
                break;
            }

            // RFC 3261 §7.3.1: a line starting with whitespace continues the previous field.
            var valueEnd = contentEnd;
            var next = lineEnd + 1;
            var folded = false;
            while (next < span.Length && SipLexer.IsWsp(span[next]))
            {
                var nl2 = span[next..].IndexOf((byte)'\n');
                if (nl2 < 0)
                {
                    return SipError.MalformedHeaderLine;
                }

                folded = true;
                var end2 = next + nl2;
                valueEnd = end2 > next && span[end2 - 1] == '\r' ? end2 - 1 : end2;
                next = end2 + 1;
            }

            if (valueEnd - pos > options.MaxHeaderLineLength)
            {
                return SipError.HeaderLineTooLong;
            }

            var i = pos;
            while (i < contentEnd && SipLexer.IsTokenChar(span[i]))
            {
                i++;
            }

            if (i == pos)
            {
                return SipLexer.IsWsp(span[pos]) ? SipError.MalformedHeaderLine : SipError.InvalidHeaderName;
            }

            var nameEnd = i;
            i = SipLexer.SkipWsp(span, i);
            if (i >= contentEnd || span[i] != ':')
            {
                return SipError.MalformedHeaderLine;
            }

            // Look the name up on the span already in hand: ReadOnlyMemory.Span is not free, and this runs per header.
            var value = folded ? Unfold(span[(i + 1)..valueEnd]) : TrimMemory(data, span, i + 1, valueEnd);
            headers.Add(new SipHeader(HeaderNames.Lookup(span[pos..nameEnd]), data[pos..nameEnd], value));
            if (headers.Count > options.MaxHeaders)
            {
                return SipError.TooManyHeaders;
            }

            pos = next;
        }

        return span[sectionStart..pos].IndexOfAny(ForbiddenControls) >= 0 ? SipError.MalformedHeaderLine : SipError.None;
    }

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

    private static SipError ParseRequestLine(ReadOnlyMemory<byte> lineMemory, out SipMethod method, out ReadOnlyMemory<byte> rawUri)
    {
        var line = lineMemory.Span;
        rawUri = ReadOnlyMemory<byte>.Empty;
        var sp1 = line.IndexOf((byte)' ');
        var sp2 = line.LastIndexOf((byte)' ');
        var methodSpan = sp1 > 0 ? line[..sp1] : line;
        method = SipLexer.IsToken(methodSpan) ? SipMethod.Parse(methodSpan) : SipMethod.Parse("INVALID"u8);
        if (sp1 <= 0 || sp2 == sp1)
        {
            return SipError.MalformedStartLine;
        }

        if (!SipLexer.IsToken(methodSpan))
        {
            return SipError.InvalidMethod;
        }

        rawUri = lineMemory[(sp1 + 1)..sp2];
        var version = line[(sp2 + 1)..];
        var uri = rawUri.Span;
        if (uri.IsEmpty || uri.IndexOfAny((byte)' ', (byte)'\t') >= 0)
        {
            return SipError.MalformedRequestUri;
        }

        var versionError = CheckVersion(version, SipError.MalformedStartLine);
        if (versionError != SipError.None)
        {
            return versionError;
        }

        // RFC 3261 §8.2.2.1: an unsupported Request-URI scheme earns 416.
        var colon = uri.IndexOf((byte)':');
        if (colon <= 0)
        {
            return SipError.MalformedRequestUri;
        }

        var scheme = uri[..colon];
        if (HeaderNames.EqualsLowerAscii(scheme, "sip"u8) || HeaderNames.EqualsLowerAscii(scheme, "sips"u8) || HeaderNames.EqualsLowerAscii(scheme, "tel"u8))
        {
            return SipError.None;
        }

        return SipLexer.IsAlpha(scheme[0]) && SipLexer.IsToken(scheme) ? SipError.UnsupportedUriScheme : SipError.MalformedRequestUri;
    }

    private static SipError ParseStatusLine(ReadOnlySpan<byte> line, out int code, out string reason)
    {
        code = 0;
        reason = string.Empty;
        var sp = line.IndexOf((byte)' ');
        if (sp < 0 || CheckVersion(line[..sp], SipError.MalformedStatusLine) != SipError.None)
        {
            return SipError.MalformedStatusLine;
        }

        var rest = line[(sp + 1)..];
        if (rest.Length < 3 || !SipLexer.TryParseUInt(rest[..3], 699, out var c) || c < 100 || (rest.Length > 3 && rest[3] != ' '))
        {
            return SipError.MalformedStatusLine;
        }

        code = (int)c;
        reason = rest.Length > 4 ? SipLexer.Ascii(rest[4..]) : string.Empty;
        return SipError.None;
    }

    // RFC 3261 §7.1: "SIP/2.0", case-insensitive on receipt. Any other SIP version earns 505.
    private static SipError CheckVersion(ReadOnlySpan<byte> version, SipError malformed)
    {
        if (version.Length < 5 || !HeaderNames.EqualsLowerAscii(version[..4], "sip/"u8))
        {
            return malformed;
        }

        return HeaderNames.EqualsLowerAscii(version[4..], "2.0"u8) ? SipError.None : SipError.UnsupportedVersion;
    }

    private static bool IsResponseLine(ReadOnlySpan<byte> line) =>
        line.Length >= 4 && HeaderNames.EqualsLowerAscii(line[..4], "sip/"u8);

    private static ReadOnlySpan<byte> TrimCr(ReadOnlySpan<byte> line) =>
        line.Length > 0 && line[^1] == '\r' ? line[..^1] : line;

    private static ReadOnlyMemory<byte> TrimMemory(ReadOnlyMemory<byte> data, ReadOnlySpan<byte> span, int start, int end)
    {
        while (start < end && SipLexer.IsWsp(span[start]))
        {
            start++;
        }

        while (end > start && SipLexer.IsWsp(span[end - 1]))
        {
            end--;
        }

        return data[start..end];
    }

    /// <summary>Joins folded lines: each line break and the whitespace around it become one SP (RFC 3261 §7.3.1).</summary>
    private static ReadOnlyMemory<byte> Unfold(ReadOnlySpan<byte> value)
    {
        var output = new byte[value.Length];
        var n = 0;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c is (byte)'\r' or (byte)'\n')
            {
                while (n > 0 && SipLexer.IsWsp(output[n - 1]))
                {
                    n--;
                }

                while (i + 1 < value.Length && (value[i + 1] is (byte)'\r' or (byte)'\n' || SipLexer.IsWsp(value[i + 1])))
                {
                    i++;
                }

                if (n > 0)
                {
                    output[n++] = (byte)' ';
                }

                continue;
            }

            output[n++] = c;
        }

        var trimmed = SipLexer.Trim(output.AsSpan(0, n));
        var offset = trimmed.IsEmpty ? 0 : output.AsSpan(0, n).IndexOf(trimmed);
        return output.AsMemory(offset, trimmed.Length);
    }
}
