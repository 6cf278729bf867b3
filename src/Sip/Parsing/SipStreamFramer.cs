using Voice.Sip.Message;

namespace Voice.Sip.Parsing;

/// <summary>
/// Finds message boundaries on a stream transport (RFC 3261 §18.3): the header section ends at the
/// first empty line and Content-Length, which is mandatory there, gives the body length.
/// </summary>
public static class SipStreamFramer
{
    public static FrameStatus TryFrame(ReadOnlySpan<byte> buffer, SipParserOptions options, out int length, out SipError error)
    {
        length = 0;
        error = SipError.None;
        if (buffer.IsEmpty)
        {
            return FrameStatus.NeedMoreData;
        }

        if (buffer[0] is (byte)'\r' or (byte)'\n')
        {
            return FrameKeepAlive(buffer, out length);
        }

        var headerEnd = buffer.IndexOf("\r\n\r\n"u8);
        if (headerEnd < 0)
        {
            if (buffer.Length > options.MaxMessageSize)
            {
                error = SipError.MessageTooLarge;
                return FrameStatus.Invalid;
            }

            return FrameStatus.NeedMoreData;
        }

        var headersLength = headerEnd + 4;
        if (!TryFindContentLength(buffer[..headersLength], out var contentLength, out error))
        {
            return FrameStatus.Invalid;
        }

        var total = (long)headersLength + contentLength;
        if (total > options.MaxMessageSize)
        {
            error = SipError.MessageTooLarge;
            return FrameStatus.Invalid;
        }

        if (buffer.Length < total)
        {
            return FrameStatus.NeedMoreData;
        }

        length = (int)total;
        return FrameStatus.Complete;
    }

    private static FrameStatus FrameKeepAlive(ReadOnlySpan<byte> buffer, out int length)
    {
        length = 0;
        if (buffer.StartsWith("\r\n\r\n"u8))
        {
            length = 4;
            return FrameStatus.KeepAlivePing;
        }

        if (buffer.Length < 4 && buffer.IndexOfAnyExcept((byte)'\r', (byte)'\n') < 0)
        {
            return FrameStatus.NeedMoreData;
        }

        length = buffer.StartsWith("\r\n"u8) ? 2 : 1;
        return FrameStatus.KeepAlivePong;
    }

    private static bool TryFindContentLength(ReadOnlySpan<byte> headers, out long contentLength, out SipError error)
    {
        contentLength = 0;
        error = SipError.MissingContentLength;
        var pos = 0;
        var found = false;
        while (pos < headers.Length)
        {
            var nl = headers[pos..].IndexOf((byte)'\n');
            if (nl < 0)
            {
                break;
            }

            var line = headers.Slice(pos, nl);
            pos += nl + 1;
            var colon = line.IndexOf((byte)':');
            if (colon <= 0)
            {
                continue;
            }

            var name = SipLexer.Trim(line[..colon]);
            if (HeaderNames.Lookup(name) != HeaderKind.ContentLength)
            {
                continue;
            }

            var value = SipLexer.Trim(line[(colon + 1)..]);
            if (value.Length > 0 && value[^1] == '\r')
            {
                value = SipLexer.Trim(value[..^1]);
            }

            if (!SipLexer.TryParseUInt(value, int.MaxValue, out var v))
            {
                error = SipError.MalformedContentLength;
                return false;
            }

            contentLength = v;
            found = true;
        }

        // A framed message carries no error; only a missing Content-Length is reported.
        error = found ? SipError.None : SipError.MissingContentLength;
        return found;
    }
}
