using Voice.Sip.Message;

namespace Voice.Sip.Parsing;

/// <summary>Request-Line and Status-Line (RFC 3261 §7.1, §7.2).</summary>
public static partial class SipMessageParser
{
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
}
