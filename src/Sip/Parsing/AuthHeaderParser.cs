using Voice.Sip.Headers;
using Voice.Sip.Message;

namespace Voice.Sip.Parsing;

/// <summary>
/// Parses one challenge or credentials value (RFC 3261 §25.1):
/// <c>auth-scheme LWS auth-param *(COMMA auth-param)</c>, <c>auth-param = token EQUAL ( token / quoted-string )</c>.
/// Every syntax error is <see cref="SipError.MalformedAuthorization"/>.
/// </summary>
public static class AuthHeaderParser
{
    public static bool TryParse(ReadOnlySpan<byte> span, AuthHeaderRole role, out AuthHeaderValue value, out SipError error)
    {
        value = null!;
        error = SipError.MalformedAuthorization;
        span = SipLexer.Trim(span);
        var i = ReadToken(span, 0);
        if (i == 0 || i >= span.Length || !SipLexer.IsWsp(span[i]))
        {
            return false;
        }

        var parsed = new AuthHeaderValue(SipLexer.Ascii(span[..i]), role);
        while (true)
        {
            if (!TryReadParameter(span, ref i, parsed))
            {
                return false;
            }

            i = SipLexer.SkipWsp(span, i);
            if (i == span.Length)
            {
                break;
            }

            if (span[i] != ',')
            {
                return false;
            }

            i++;
        }

        value = parsed;
        error = SipError.None;
        return true;
    }

    public static bool TryParse(string text, AuthHeaderRole role, out AuthHeaderValue value, out SipError error) =>
        TryParse(System.Text.Encoding.UTF8.GetBytes(text), role, out value, out error);

    private static bool TryReadParameter(ReadOnlySpan<byte> span, ref int i, AuthHeaderValue into)
    {
        i = SipLexer.SkipWsp(span, i);
        var nameStart = i;
        i = ReadToken(span, i);
        if (i == nameStart)
        {
            return false;
        }

        var name = SipLexer.Ascii(span[nameStart..i]);
        i = SipLexer.SkipWsp(span, i);
        if (i >= span.Length || span[i] != '=')
        {
            return false;
        }

        i = SipLexer.SkipWsp(span, i + 1);
        if (i >= span.Length)
        {
            return false;
        }

        string text;
        var quoted = span[i] == '"';
        if (quoted)
        {
            var end = SipLexer.SkipQuoted(span, i);
            if (end < 0)
            {
                return false;
            }

            text = SipLexer.Unquote(span[i..end]);
            i = end;
        }
        else
        {
            var start = i;
            i = ReadToken(span, i);
            if (i == start)
            {
                return false;
            }

            text = SipLexer.Ascii(span[start..i]);
        }

        // RFC 7616 §3.4: a directive appears at most once; a repeat is a malformed value, not a choice.
        return into.TryAddParsed(name, text, quoted);
    }

    private static int ReadToken(ReadOnlySpan<byte> span, int i)
    {
        while (i < span.Length && SipLexer.IsTokenChar(span[i]))
        {
            i++;
        }

        return i;
    }
}
