using System.Text;
using Voice.Sip.Headers;
using Voice.Sip.Message;

namespace Voice.Sip.Parsing;

/// <summary>
/// Refer-To (RFC 3515 §2.1): <c>(name-addr / addr-spec) *(SEMI generic-param)</c>. A <c>Replaces</c> URI
/// header in the target (RFC 3891 §5: <c>sip:bob@host?Replaces=call%40id%3Bto-tag%3D1%3Bfrom-tag%3D2</c>) is
/// unescaped and parsed; a malformed one makes the whole Refer-To <see cref="SipError.MalformedReplaces"/>.
/// </summary>
public static class ReferToParser
{
    public static bool TryParse(ReadOnlySpan<byte> span, out ReferToHeader value, out SipError error)
    {
        value = null!;
        if (!NameAddressParser.TryParse(span, out var address, out error))
        {
            error = error is SipError.MalformedQuotedString or SipError.InvalidEscape ? error : SipError.MalformedNameAddress;
            return false;
        }

        ReplacesHeader? replaces = null;
        if (FindUriHeader(address.Uri.Headers, "Replaces") is { } escaped)
        {
            var unescaped = Encoding.UTF8.GetBytes(SipLexer.Unescape(escaped));
            if (!ReplacesParser.TryParse(unescaped, out var parsed, out error))
            {
                return false;
            }

            replaces = parsed;
        }

        value = new ReferToHeader(address, replaces);
        error = SipError.None;
        return true;
    }

    /// <summary>The (still escaped) value of a URI header (<c>?a=b&amp;c=d</c>, RFC 3261 §19.1.1), name case-insensitive.</summary>
    internal static string? FindUriHeader(string? headers, string name)
    {
        if (headers is null)
        {
            return null;
        }

        foreach (var header in headers.Split('&'))
        {
            var eq = header.IndexOf('=', StringComparison.Ordinal);
            if (eq > 0 && string.Equals(header[..eq], name, StringComparison.OrdinalIgnoreCase))
            {
                return header[(eq + 1)..];
            }
        }

        return null;
    }
}
