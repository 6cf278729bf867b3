using Voice.Sip.Headers;
using Voice.Sip.Message;

namespace Voice.Sip.Parsing;

/// <summary>
/// Parses one name-addr or addr-spec followed by header parameters. In addr-spec form the URI ends at
/// the first ';' — RFC 3261 §20.10: such parameters are header parameters, not URI parameters.
/// </summary>
public static class NameAddressParser
{
    public static bool TryParse(ReadOnlySpan<byte> span, out NameAddress value, out SipError error)
    {
        value = null!;
        error = SipError.MalformedNameAddress;
        span = SipLexer.Trim(span);
        if (span.IsEmpty)
        {
            return false;
        }

        string? display = null;
        ReadOnlySpan<byte> uriSpan;
        ReadOnlySpan<byte> rest;
        var i = 0;
        if (span[0] == '"')
        {
            var end = SipLexer.SkipQuoted(span, 0);
            if (end < 0)
            {
                error = SipError.MalformedQuotedString;
                return false;
            }

            display = SipLexer.Ascii(span[..end]);
            i = SipLexer.SkipWsp(span, end);
            if (i >= span.Length || span[i] != '<')
            {
                return false;
            }
        }

        var open = span[i..].IndexOf((byte)'<');
        if (open >= 0)
        {
            open += i;
            if (display is null && open > 0)
            {
                // display-name = *(token LWS): tokens separated by whitespace.
                var tokens = SipLexer.Trim(span[..open]);
                if (!IsTokenList(tokens))
                {
                    return false;
                }

                display = tokens.IsEmpty ? null : SipLexer.Ascii(tokens);
            }

            var close = span[open..].IndexOf((byte)'>');
            if (close < 0)
            {
                return false;
            }

            close += open;
            uriSpan = span[(open + 1)..close];
            rest = span[(close + 1)..];
        }
        else
        {
            if (display is not null)
            {
                return false;
            }

            var semi = span.IndexOf((byte)';');
            uriSpan = semi < 0 ? span : span[..semi];
            rest = semi < 0 ? [] : span[semi..];
            // RFC 3261 §20: an addr-spec with ',', '?' or ';' must be in angle brackets; whitespace never fits.
            if (uriSpan.IndexOfAny((byte)' ', (byte)'\t', (byte)',') >= 0 || uriSpan.IndexOf((byte)'?') >= 0)
            {
                return false;
            }
        }

        if (!SipUriParser.TryParse(uriSpan, out var uri, out var uriError))
        {
            error = uriError == SipError.InvalidEscape ? uriError : SipError.MalformedUri;
            return false;
        }

        value = new NameAddress(uri, display);
        if (!ParameterParser.TryParse(rest, out var parameters, out error))
        {
            return false;
        }

        foreach (var p in parameters)
        {
            value.Parameters.TryAdd(p.Name, p.Value);
        }

        error = SipError.None;
        return true;
    }

    /// <summary>Parses a comma-separated list of name-addr/addr-spec values (Contact, Route, Record-Route).</summary>
    public static bool TryParseList(ReadOnlySpan<byte> span, List<NameAddress> into, out SipError error)
    {
        error = SipError.None;
        var splitter = new CommaSplitter(span);
        while (splitter.MoveNext())
        {
            if (!TryParse(splitter.Current, out var item, out error))
            {
                return false;
            }

            into.Add(item);
        }

        if (splitter.Malformed)
        {
            error = SipError.MalformedQuotedString;
            return false;
        }

        return true;
    }

    private static bool IsTokenList(ReadOnlySpan<byte> span)
    {
        foreach (var c in span)
        {
            if (!SipLexer.IsTokenChar(c) && !SipLexer.IsWsp(c) && c < 0x80)
            {
                return false;
            }
        }

        return true;
    }
}
