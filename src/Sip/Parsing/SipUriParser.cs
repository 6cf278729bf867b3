using Voice.Sip.Headers;
using Voice.Sip.Message;

namespace Voice.Sip.Parsing;

/// <summary>
/// Parses SIP-URI / SIPS-URI (RFC 3261 §19.1.1, §25.1), tel URIs (RFC 3966) and keeps any other
/// absolute URI verbatim. Never reads past the span and never throws on bad input.
/// </summary>
public static class SipUriParser
{
    private static readonly bool[] UserChars = CharTable("-_.!~*'()%&=+$,;?/");
    private static readonly bool[] PasswordChars = CharTable("-_.!~*'()%&=+$,");
    private static readonly bool[] ParamChars = CharTable("-_.!~*'()%[]/:&+$");
    private static readonly bool[] HeaderChars = CharTable("-_.!~*'()%[]/?:+$=&");
    private static readonly bool[] TelChars = CharTable("+-.()*#%");

    public static bool TryParse(ReadOnlySpan<byte> span, out SipUri uri, out SipError error)
    {
        uri = null!;
        error = SipError.MalformedUri;
        var colon = span.IndexOf((byte)':');
        if (colon <= 0 || !IsScheme(span[..colon]))
        {
            return false;
        }

        var scheme = SipLexer.Ascii(span[..colon]).ToLowerInvariant();
        var rest = span[(colon + 1)..];
        return scheme switch
        {
            "sip" or "sips" => TryParseSip(scheme, rest, out uri, out error),
            "tel" => TryParseTel(rest, out uri, out error),
            _ => TryParseOpaque(scheme, rest, out uri, out error),
        };
    }

    private static bool TryParseSip(string scheme, ReadOnlySpan<byte> rest, out SipUri uri, out SipError error)
    {
        uri = null!;
        error = SipError.MalformedUri;
        if (!SipLexer.EscapesAreValid(rest))
        {
            error = SipError.InvalidEscape;
            return false;
        }

        string? user = null;
        string? password = null;
        // '@' cannot appear unescaped anywhere but after userinfo (RFC 3261 §25.1).
        var at = rest.IndexOf((byte)'@');
        if (at >= 0)
        {
            var userinfo = rest[..at];
            var pw = userinfo.IndexOf((byte)':');
            var userSpan = pw < 0 ? userinfo : userinfo[..pw];
            if (userSpan.IsEmpty || !AllIn(userSpan, UserChars))
            {
                return false;
            }

            user = SipLexer.Ascii(userSpan);
            if (pw >= 0)
            {
                var pwSpan = userinfo[(pw + 1)..];
                if (!AllIn(pwSpan, PasswordChars))
                {
                    return false;
                }

                password = SipLexer.Ascii(pwSpan);
            }

            rest = rest[(at + 1)..];
        }

        var hostEnd = rest.IndexOfAny((byte)';', (byte)'?');
        var hostPort = hostEnd < 0 ? rest : rest[..hostEnd];
        if (!TryParseHostPort(hostPort, out var host, out var port))
        {
            return false;
        }

        uri = new SipUri(scheme, host) { User = user, Password = password, Port = port };
        rest = hostEnd < 0 ? [] : rest[hostEnd..];
        var question = rest.IndexOf((byte)'?');
        var paramSpan = question < 0 ? rest : rest[..question];
        if (!TryParseUriParameters(paramSpan, uri.Parameters))
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

            uri.Headers = SipLexer.Ascii(headers);
        }

        error = SipError.None;
        return true;
    }

    /// <summary>hostport = host [ ":" port ]; host = hostname / IPv4address / IPv6reference.</summary>
    public static bool TryParseHostPort(ReadOnlySpan<byte> span, out string host, out int? port)
    {
        host = string.Empty;
        port = null;
        if (span.IsEmpty)
        {
            return false;
        }

        ReadOnlySpan<byte> hostSpan;
        ReadOnlySpan<byte> portSpan = [];
        var hasPort = false;
        if (span[0] == '[')
        {
            var close = span.IndexOf((byte)']');
            if (close < 3 || !IsIPv6(span[1..close]))
            {
                return false;
            }

            hostSpan = span[..(close + 1)];
            var after = span[(close + 1)..];
            if (!after.IsEmpty)
            {
                if (after[0] != ':')
                {
                    return false;
                }

                hasPort = true;
                portSpan = after[1..];
            }
        }
        else
        {
            var colon = span.IndexOf((byte)':');
            hostSpan = colon < 0 ? span : span[..colon];
            if (colon >= 0)
            {
                hasPort = true;
                portSpan = span[(colon + 1)..];
            }

            if (!IsHostname(hostSpan))
            {
                return false;
            }
        }

        if (hasPort)
        {
            if (!SipLexer.TryParseUInt(portSpan, 65535, out var p))
            {
                return false;
            }

            port = (int)p;
        }

        host = SipLexer.Ascii(hostSpan);
        return true;
    }

    private static bool TryParseUriParameters(ReadOnlySpan<byte> span, SipParameters parameters)
    {
        while (!span.IsEmpty)
        {
            if (span[0] != ';')
            {
                return false;
            }

            span = span[1..];
            var end = span.IndexOf((byte)';');
            var item = end < 0 ? span : span[..end];
            span = end < 0 ? [] : span[end..];
            var eq = item.IndexOf((byte)'=');
            var name = eq < 0 ? item : item[..eq];
            if (name.IsEmpty || !AllIn(name, ParamChars))
            {
                return false;
            }

            string? value = null;
            if (eq >= 0)
            {
                var v = item[(eq + 1)..];
                if (v.IsEmpty || !AllIn(v, ParamChars))
                {
                    return false;
                }

                value = SipLexer.Ascii(v);
            }

            // RFC 3261 §19.1.1: a URI parameter name MUST NOT appear more than once.
            if (!parameters.TryAdd(SipLexer.Ascii(name), value))
            {
                return false;
            }
        }

        return true;
    }

    private static bool TryParseTel(ReadOnlySpan<byte> rest, out SipUri uri, out SipError error)
    {
        uri = null!;
        error = SipError.MalformedUri;
        var semi = rest.IndexOf((byte)';');
        var number = semi < 0 ? rest : rest[..semi];
        if (number.IsEmpty || !AllIn(number, TelChars) || !SipLexer.EscapesAreValid(rest))
        {
            return false;
        }

        uri = new SipUri("tel", SipLexer.Ascii(number));
        if (semi >= 0 && !TryParseUriParameters(rest[semi..], uri.Parameters))
        {
            return false;
        }

        error = SipError.None;
        return true;
    }

    private static bool TryParseOpaque(string scheme, ReadOnlySpan<byte> rest, out SipUri uri, out SipError error)
    {
        uri = null!;
        error = SipError.MalformedUri;
        foreach (var c in rest)
        {
            if (c <= ' ' || c >= 0x7f || c is (byte)'<' or (byte)'>' or (byte)'"')
            {
                return false;
            }
        }

        uri = new SipUri(scheme, string.Empty) { Opaque = SipLexer.Ascii(rest) };
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

    private static bool IsHostname(ReadOnlySpan<byte> span)
    {
        if (span.IsEmpty || span[0] == '.' || span[0] == '-')
        {
            return false;
        }

        foreach (var c in span)
        {
            if (!SipLexer.IsAlpha(c) && !SipLexer.IsDigit(c) && c is not ((byte)'-' or (byte)'.' or (byte)'_'))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsIPv6(ReadOnlySpan<byte> span)
    {
        var colons = 0;
        foreach (var c in span)
        {
            if (c == ':')
            {
                colons++;
            }
            else if (!SipLexer.IsHex(c) && c != '.')
            {
                return false;
            }
        }

        return colons >= 2 && colons <= 7;
    }

    private static bool AllIn(ReadOnlySpan<byte> span, bool[] table)
    {
        foreach (var c in span)
        {
            if (!table[c])
            {
                return false;
            }
        }

        return true;
    }

    private static bool[] CharTable(string extra)
    {
        var table = new bool[256];
        for (var c = 0; c < 128; c++)
        {
            table[c] = SipLexer.IsAlpha((byte)c) || SipLexer.IsDigit((byte)c) || extra.Contains((char)c, StringComparison.Ordinal);
        }

        return table;
    }
}
