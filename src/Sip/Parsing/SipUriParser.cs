using System.Buffers;
using Voice.Sip.Headers;
using Voice.Sip.Message;

namespace Voice.Sip.Parsing;

/// <summary>
/// Parses SIP-URI / SIPS-URI (RFC 3261 §19.1.1, §25.1), tel URIs (RFC 3966) and keeps any other
/// absolute URI verbatim. Never reads past the span and never throws on bad input.
/// </summary>
public static partial class SipUriParser
{
    private static readonly SearchValues<byte> UserChars = CharSet("-_.!~*'()%&=+$,;?/");
    private static readonly SearchValues<byte> PasswordChars = CharSet("-_.!~*'()%&=+$,");
    private static readonly SearchValues<byte> ParamChars = CharSet("-_.!~*'()%[]/:&+$");
    private static readonly SearchValues<byte> HeaderChars = CharSet("-_.!~*'()%[]/?:+$=&");
    private static readonly SearchValues<byte> TelChars = CharSet("+-.()*#%");

    // Duplicate URI parameter detection without allocation keeps name ranges on the stack.
    private const int MaxStackParameters = 8;

    public static bool TryParse(ReadOnlySpan<byte> span, out SipUri uri, out SipError error)
    {
        var ok = TryParseCore(span, build: true, out var parsed, out error);
        uri = parsed!;
        return ok;
    }

    /// <summary>
    /// Same verdict and error as <see cref="TryParse"/> without building a <see cref="SipUri"/>: the validator
    /// checks every received Request-URI, From, To and Contact, and most are never looked at again.
    /// </summary>
    public static bool Validate(ReadOnlySpan<byte> span, out SipError error) => TryParseCore(span, build: false, out _, out error);

    private static bool TryParseCore(ReadOnlySpan<byte> span, bool build, out SipUri? uri, out SipError error)
    {
        uri = null;
        error = SipError.MalformedUri;
        var colon = span.IndexOf((byte)':');
        if (colon <= 0 || !IsScheme(span[..colon]))
        {
            return false;
        }

        var scheme = span[..colon];
        var rest = span[(colon + 1)..];
        if (HeaderNames.EqualsLowerAscii(scheme, "sip"u8) || HeaderNames.EqualsLowerAscii(scheme, "sips"u8))
        {
            return TryParseSip(scheme, rest, build, out uri, out error);
        }

        if (HeaderNames.EqualsLowerAscii(scheme, "tel"u8))
        {
            return TryParseTel(rest, build, out uri, out error);
        }

        return TryParseOpaque(scheme, rest, build, out uri, out error);
    }

    private static bool TryParseSip(ReadOnlySpan<byte> scheme, ReadOnlySpan<byte> rest, bool build, out SipUri? uri, out SipError error)
    {
        uri = null;
        error = SipError.MalformedUri;
        if (!SipLexer.EscapesAreValid(rest))
        {
            error = SipError.InvalidEscape;
            return false;
        }

        ReadOnlySpan<byte> userSpan = [];
        ReadOnlySpan<byte> pwSpan = [];
        var hasUser = false;
        var hasPassword = false;
        // '@' cannot appear unescaped anywhere but after userinfo (RFC 3261 §25.1).
        var at = rest.IndexOf((byte)'@');
        if (at >= 0)
        {
            var userinfo = rest[..at];
            var pw = userinfo.IndexOf((byte)':');
            userSpan = pw < 0 ? userinfo : userinfo[..pw];
            hasUser = true;
            if (userSpan.IsEmpty || !AllIn(userSpan, UserChars))
            {
                return false;
            }

            if (pw >= 0)
            {
                pwSpan = userinfo[(pw + 1)..];
                hasPassword = true;
                if (!AllIn(pwSpan, PasswordChars))
                {
                    return false;
                }
            }

            rest = rest[(at + 1)..];
        }

        var hostEnd = rest.IndexOfAny((byte)';', (byte)'?');
        var hostPort = hostEnd < 0 ? rest : rest[..hostEnd];
        if (!TryScanHostPort(hostPort, out var hostRange, out var port))
        {
            return false;
        }

        if (build)
        {
            uri = new SipUri(SipLexer.Ascii(scheme).ToLowerInvariant(), SipLexer.Ascii(hostPort[hostRange]))
            {
                User = hasUser ? SipLexer.Ascii(userSpan) : null,
                Password = hasPassword ? SipLexer.Ascii(pwSpan) : null,
                Port = port,
            };
        }

        rest = hostEnd < 0 ? [] : rest[hostEnd..];
        var question = rest.IndexOf((byte)'?');
        var paramSpan = question < 0 ? rest : rest[..question];
        if (!TryParseUriParameters(paramSpan, uri?.Parameters))
        {
            return false;
        }

        if (question >= 0)
        {
            var headers = rest[(question + 1)..];
            if (headers.IsEmpty || !AllIn(headers, HeaderChars))
            {
                return false;
            }

            uri?.Headers = SipLexer.Ascii(headers);
        }

        error = SipError.None;
        return true;
    }

    /// <summary>Checks <c>*( ";" uri-parameter )</c>, adding to <paramref name="parameters"/> when given.</summary>
    private static bool TryParseUriParameters(ReadOnlySpan<byte> span, SipParameters? parameters)
    {
        Span<Range> seen = stackalloc Range[MaxStackParameters];
        var count = 0;
        var pos = 0;
        while (pos < span.Length)
        {
            if (span[pos] != ';')
            {
                return false;
            }

            var itemStart = pos + 1;
            var end = span[itemStart..].IndexOf((byte)';');
            pos = end < 0 ? span.Length : itemStart + end;
            var item = span[itemStart..pos];
            var eq = item.IndexOf((byte)'=');
            var nameRange = itemStart..(eq < 0 ? pos : itemStart + eq);
            var name = span[nameRange];
            if (name.IsEmpty || !AllIn(name, ParamChars))
            {
                return false;
            }

            ReadOnlySpan<byte> value = [];
            if (eq >= 0)
            {
                value = item[(eq + 1)..];
                if (value.IsEmpty || !AllIn(value, ParamChars))
                {
                    return false;
                }
            }

            // RFC 3261 §19.1.1: a URI parameter name MUST NOT appear more than once.
            if (parameters is not null)
            {
                if (!parameters.TryAdd(SipLexer.Ascii(name), eq >= 0 ? SipLexer.Ascii(value) : null))
                {
                    return false;
                }
            }
            else if (count == MaxStackParameters)
            {
                return TryParseUriParameters(span, new SipParameters());
            }
            else if (ParameterParser.ContainsName(span, seen[..count], name))
            {
                return false;
            }
            else
            {
                seen[count++] = nameRange;
            }
        }

        return true;
    }

    private static bool TryParseTel(ReadOnlySpan<byte> rest, bool build, out SipUri? uri, out SipError error)
    {
        uri = null;
        error = SipError.MalformedUri;
        var semi = rest.IndexOf((byte)';');
        var number = semi < 0 ? rest : rest[..semi];
        if (number.IsEmpty || !AllIn(number, TelChars) || !SipLexer.EscapesAreValid(rest))
        {
            return false;
        }

        uri = build ? new SipUri("tel", SipLexer.Ascii(number)) : null;
        if (semi >= 0 && !TryParseUriParameters(rest[semi..], uri?.Parameters))
        {
            return false;
        }

        error = SipError.None;
        return true;
    }

    private static bool TryParseOpaque(ReadOnlySpan<byte> scheme, ReadOnlySpan<byte> rest, bool build, out SipUri? uri, out SipError error)
    {
        uri = null;
        error = SipError.MalformedUri;
        foreach (var c in rest)
        {
            if (c <= ' ' || c >= 0x7f || c is (byte)'<' or (byte)'>' or (byte)'"')
            {
                return false;
            }
        }

        uri = build ? new SipUri(SipLexer.Ascii(scheme).ToLowerInvariant(), string.Empty) { Opaque = SipLexer.Ascii(rest) } : null;
        error = SipError.None;
        return true;
    }

    private static bool IsScheme(ReadOnlySpan<byte> span)
    {
        if (!SipLexer.IsAlpha(span[0]))
        {
            return false;
        }

        foreach (var c in span)
        {
            if (!SipLexer.IsAlpha(c) && !SipLexer.IsDigit(c) && c is not ((byte)'+' or (byte)'-' or (byte)'.'))
            {
                return false;
            }
        }

        return true;
    }

    // Vectorized: URIs are checked on every received message, several per message.
    private static bool AllIn(ReadOnlySpan<byte> span, SearchValues<byte> set) => span.IndexOfAnyExcept(set) < 0;

    /// <summary>alphanum plus <paramref name="extra"/> (RFC 3261 §25.1 character classes).</summary>
    private static SearchValues<byte> CharSet(string extra)
    {
        var bytes = new List<byte>();
        for (var c = 0; c < 128; c++)
        {
            if (SipLexer.IsAlpha((byte)c) || SipLexer.IsDigit((byte)c) || extra.Contains((char)c, StringComparison.Ordinal))
            {
                bytes.Add((byte)c);
            }
        }

        return SearchValues.Create(bytes.ToArray());
    }
}
