using Voice.Sip.Headers;
using Voice.Sip.Message;

namespace Voice.Sip.Parsing;

/// <summary>Parses CSeq without allocating for the standard methods.</summary>
public static class CSeqParser
{
    /// <summary>RFC 3261 §8.1.1.5: the sequence number MUST be expressible as a 32-bit unsigned integer and less than 2**31.</summary>
    public const long MaxNumber = int.MaxValue;

    public static bool TryParse(ReadOnlySpan<byte> span, out CSeqHeader value, out SipError error)
    {
        value = default;
        error = SipError.MalformedCSeq;
        span = SipLexer.Trim(span);
        var i = 0;
        while (i < span.Length && SipLexer.IsDigit(span[i]))
        {
            i++;
        }

        if (!SipLexer.TryParseUInt(span[..i], MaxNumber, out var number))
        {
            return false;
        }

        var methodStart = SipLexer.SkipWsp(span, i);
        if (methodStart == i)
        {
            return false;
        }

        var method = span[methodStart..];
        if (!SipLexer.IsToken(method))
        {
            return false;
        }

        value = new CSeqHeader(number, SipMethod.Parse(method));
        error = SipError.None;
        return true;
    }
}
