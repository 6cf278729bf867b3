using Voice.Sip.Headers;
using Voice.Sip.Message;

namespace Voice.Sip.Parsing;

/// <summary>
/// Replaces (RFC 3891 §6.1): <c>callid *(SEMI replaces-param)</c>. The to-tag and from-tag are tokens and
/// MUST both be present (§6.1: they are needed to identify the dialog); early-only takes no value.
/// </summary>
public static class ReplacesParser
{
    public static bool TryParse(ReadOnlySpan<byte> span, out ReplacesHeader value, out SipError error)
    {
        value = null!;
        error = SipError.MalformedReplaces;
        span = SipLexer.Trim(span);
        var end = 0;
        while (end < span.Length && span[end] != ';' && !SipLexer.IsWsp(span[end]))
        {
            end++;
        }

        var callId = span[..end];
        if (!IsCallId(callId) || !ParameterParser.TryParse(span[end..], out var parameters, out _))
        {
            return false;
        }

        if (!IsTokenValue(parameters, "to-tag") || !IsTokenValue(parameters, "from-tag")
            || (parameters.Contains("early-only") && parameters.Get("early-only") is not null))
        {
            return false;
        }

        value = new ReplacesHeader(SipLexer.Ascii(callId), parameters);
        error = SipError.None;
        return true;
    }

    private static bool IsTokenValue(SipParameters parameters, string name) =>
        parameters.Get(name) is { } v && SipLexer.IsToken(System.Text.Encoding.ASCII.GetBytes(v));

    // RFC 3261 §25.1: callid = word [ "@" word ]; visible characters, at most one '@', not at either end.
    private static bool IsCallId(ReadOnlySpan<byte> span)
    {
        if (span.IsEmpty || span[0] == '@' || span[^1] == '@' || span.Count((byte)'@') > 1)
        {
            return false;
        }

        foreach (var c in span)
        {
            if (c <= ' ' || c >= 0x7f || c == ',')
            {
                return false;
            }
        }

        return true;
    }
}
