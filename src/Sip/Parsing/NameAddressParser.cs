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
        var ok = TryParseCore(span, build: true, out var parsed, out error);
        value = parsed!;
        return ok;
    }

    /// <summary>Same verdict and error as <see cref="TryParse"/> without building anything (used by the validator).</summary>
    public static bool Validate(ReadOnlySpan<byte> span, out SipError error) => TryParseCore(span, build: false, out _, out error);

    /// <summary>Parses a comma-separated list of name-addr/addr-spec values (Contact, Route, Record-Route).</summary>
    public static bool TryParseList(ReadOnlySpan<byte> span, List<NameAddress> into, out SipError error) =>
        TryParseListCore(span, into, out error);

    /// <summary>Same verdict and error as <see cref="TryParseList"/> without building anything.</summary>
    public static bool ValidateList(ReadOnlySpan<byte> span, out SipError error) => TryParseListCore(span, null, out error);

    private static bool TryParseCore(ReadOnlySpan<byte> span, bool build, out NameAddress? value, out SipError error)
    {
        value = null;
        if (!TrySplit(span, out var display, out var hasDisplay, out var uriSpan, out var rest, out error))
        {
            return false;
        }

        SipUri? uri = null;
        SipError uriError;
        if (build ? !SipUriParser.TryParse(uriSpan, out uri, out uriError) : !SipUriParser.Validate(uriSpan, out uriError))
        {
            error = uriError == SipError.InvalidEscape ? uriError : SipError.MalformedUri;
            return false;
        }

        if (!build)
        {
            return ParameterParser.Validate(rest, out error);
        }

        value = new NameAddress(uri!, hasDisplay ? SipLexer.Ascii(display) : null);
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

    /// <summary>
    /// The name-addr / addr-spec grammar: finds the display name (null when none), the URI and the header
    /// parameters that follow it, as slices of <paramref name="span"/>.
    /// </summary>
    private static bool TrySplit(
        ReadOnlySpan<byte> span,
        out ReadOnlySpan<byte> display,
        out bool hasDisplay,
        out ReadOnlySpan<byte> uriSpan,
        out ReadOnlySpan<byte> rest,
        out SipError error)
    {
        display = [];
        hasDisplay = false;
        uriSpan = rest = [];
        error = SipError.MalformedNameAddress;
        span = SipLexer.Trim(span);
        if (span.IsEmpty)
        {
            return false;
        }

        var i = 0;
        if (span[0] == '"')
        {
            var end = SipLexer.SkipQuoted(span, 0);
            if (end < 0)
            {
                error = SipError.MalformedQuotedString;
                return false;
            }

            display = span[..end];
            hasDisplay = true;
            i = SipLexer.SkipWsp(span, end);
            if (i >= span.Length || span[i] != '<')
            {
                return false;
            }
        }

        var open = span[i..].IndexOf((byte)'<');
        if (open < 0)
        {
            return !hasDisplay && TrySplitAddrSpec(span, out uriSpan, out rest);
        }

        open += i;
        if (!hasDisplay && open > 0)
        {
            // display-name = *(token LWS): tokens separated by whitespace.
            var tokens = SipLexer.Trim(span[..open]);
            if (!IsTokenList(tokens))
            {
                return false;
            }

            display = tokens;
            hasDisplay = !tokens.IsEmpty;
        }

        var close = span[open..].IndexOf((byte)'>');
        if (close < 0)
        {
            return false;
        }

        close += open;
        uriSpan = span[(open + 1)..close];
        rest = span[(close + 1)..];
        return true;
    }

    private static bool TrySplitAddrSpec(ReadOnlySpan<byte> span, out ReadOnlySpan<byte> uriSpan, out ReadOnlySpan<byte> rest)
    {
        var semi = span.IndexOf((byte)';');
        uriSpan = semi < 0 ? span : span[..semi];
        rest = semi < 0 ? [] : span[semi..];
        // RFC 3261 §20: an addr-spec with ',', '?' or ';' must be in angle brackets; whitespace never fits.
        return uriSpan.IndexOfAny((byte)' ', (byte)'\t', (byte)',') < 0 && uriSpan.IndexOf((byte)'?') < 0;
    }

    private static bool TryParseListCore(ReadOnlySpan<byte> span, List<NameAddress>? into, out SipError error)
    {
        error = SipError.None;
        var splitter = new CommaSplitter(span);
        while (splitter.MoveNext())
        {
            if (!TryParseCore(splitter.Current, into is not null, out var item, out error))
            {
                return false;
            }

            into?.Add(item!);
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
