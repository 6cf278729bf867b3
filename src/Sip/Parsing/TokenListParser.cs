using Voice.Sip.Message;

namespace Voice.Sip.Parsing;

/// <summary>
/// Comma-separated token lists: option-tags (Supported, Require, Proxy-Require, Unsupported; RFC 3261
/// §20.32, §20.37, §20.29, §20.40), methods (Allow, §20.5) and event types (Allow-Events, RFC 6665 §8.2.2).
/// Whitespace around commas is allowed; empty elements ("a,,b") are not.
/// </summary>
public static class TokenListParser
{
    /// <summary>Parses a list of at least one token.</summary>
    public static bool TryParse(ReadOnlySpan<byte> span, out IReadOnlyList<string> value, out SipError error)
    {
        var list = new List<string>();
        value = list;
        return TryParseInto(span, list, allowEmpty: false, out error);
    }

    /// <summary>
    /// Appends the tokens of one header field to <paramref name="into"/>. <paramref name="allowEmpty"/> admits an
    /// empty field: Supported and Allow may be empty (RFC 3261 §25.1 <c>[option-tag *(COMMA option-tag)]</c>).
    /// </summary>
    public static bool TryParseInto(ReadOnlySpan<byte> span, List<string> into, bool allowEmpty, out SipError error)
    {
        error = SipError.MalformedTokenList;
        span = SipLexer.Trim(span);
        if (span.IsEmpty)
        {
            error = allowEmpty ? SipError.None : SipError.MalformedTokenList;
            return allowEmpty;
        }

        while (true)
        {
            var comma = span.IndexOf((byte)',');
            var item = SipLexer.Trim(comma < 0 ? span : span[..comma]);
            if (!SipLexer.IsToken(item))
            {
                return false;
            }

            into.Add(SipLexer.Ascii(item));
            if (comma < 0)
            {
                break;
            }

            span = span[(comma + 1)..];
        }

        error = SipError.None;
        return true;
    }
}
