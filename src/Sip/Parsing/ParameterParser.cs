using Voice.Sip.Headers;
using Voice.Sip.Message;

namespace Voice.Sip.Parsing;

/// <summary>
/// Parses <c>*( SEMI generic-param )</c> (RFC 3261 §25.1): <c>generic-param = token [ EQUAL gen-value ]</c>,
/// <c>gen-value = token / host / quoted-string</c>. Whitespace around ';' and '=' is allowed.
/// </summary>
public static class ParameterParser
{
    /// <summary>
    /// Parses parameters from <paramref name="span"/>, which must be empty or start with ';'
    /// (leading whitespace allowed).
    /// </summary>
    public static bool TryParse(ReadOnlySpan<byte> span, out SipParameters parameters, out SipError error)
    {
        parameters = new SipParameters();
        error = SipError.None;
        var i = SipLexer.SkipWsp(span, 0);
        while (i < span.Length)
        {
            if (span[i] != ';')
            {
                error = SipError.MalformedParameter;
                return false;
            }

            i = SipLexer.SkipWsp(span, i + 1);
            var nameStart = i;
            while (i < span.Length && SipLexer.IsTokenChar(span[i]))
            {
                i++;
            }

            if (i == nameStart)
            {
                error = SipError.MalformedParameter;
                return false;
            }

            var name = SipLexer.Ascii(span[nameStart..i]);
            i = SipLexer.SkipWsp(span, i);
            string? value = null;
            if (i < span.Length && span[i] == '=')
            {
                i = SipLexer.SkipWsp(span, i + 1);
                if (!TryReadValue(span, ref i, out value))
                {
                    error = span.Length > i && span[i] == '"' ? SipError.MalformedQuotedString : SipError.MalformedParameter;
                    return false;
                }

                i = SipLexer.SkipWsp(span, i);
            }

            // RFC 3261 §7.3.1: a parameter name MUST NOT appear more than once.
            if (!parameters.TryAdd(name, value))
            {
                error = SipError.MalformedParameter;
                return false;
            }
        }

        return true;
    }

    private static bool TryReadValue(ReadOnlySpan<byte> span, ref int i, out string? value)
    {
        value = null;
        if (i >= span.Length)
        {
            return false;
        }

        if (span[i] == '"')
        {
            var end = SipLexer.SkipQuoted(span, i);
            if (end < 0)
            {
                return false;
            }

            value = SipLexer.Ascii(span[i..end]);
            i = end;
            return true;
        }

        var start = i;
        while (i < span.Length && IsValueChar(span[i]))
        {
            i++;
        }

        if (i == start)
        {
            return false;
        }

        value = SipLexer.Ascii(span[start..i]);
        return true;
    }

    // token / host (IPv6 references bring ':' '[' ']').
    private static bool IsValueChar(byte c) => SipLexer.IsTokenChar(c) || c is (byte)':' or (byte)'[' or (byte)']';
}
