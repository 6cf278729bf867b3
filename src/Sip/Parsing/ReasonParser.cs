using Voice.Sip.Headers;
using Voice.Sip.Message;

namespace Voice.Sip.Parsing;

/// <summary>
/// Reason (RFC 3326 §2): <c>reason-value *(COMMA reason-value)</c>; <c>reason-value = protocol *(SEMI reason-params)</c>
/// with <c>cause = 1*DIGIT</c> and <c>text = quoted-string</c>.
/// </summary>
public static class ReasonParser
{
    public static bool TryParse(ReadOnlySpan<byte> span, out ReasonHeader value, out SipError error)
    {
        value = null!;
        error = SipError.MalformedReason;
        var i = SipLexer.SkipWsp(span, 0);
        if (!ContentTypeParser.TryReadToken(span, ref i, out var protocol)
            || !ParameterParser.TryParse(span[i..], out var parameters, out _))
        {
            return false;
        }

        if (parameters.Contains("cause") && !IsDigits(parameters.Get("cause")))
        {
            return false;
        }

        if (parameters.Contains("text") && parameters.Get("text") is not ['"', .., '"'])
        {
            return false;
        }

        value = new ReasonHeader(SipLexer.Ascii(protocol), parameters);
        error = SipError.None;
        return true;
    }

    /// <summary>Appends every reason-value of one header field.</summary>
    public static bool TryParseList(ReadOnlySpan<byte> span, List<ReasonHeader> into, out SipError error)
    {
        error = SipError.MalformedReason;
        var splitter = new CommaSplitter(span);
        while (splitter.MoveNext())
        {
            if (!TryParse(splitter.Current, out var reason, out error))
            {
                return false;
            }

            into.Add(reason);
        }

        if (splitter.Malformed)
        {
            error = SipError.MalformedReason;
            return false;
        }

        return true;
    }

    internal static bool IsDigits(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return false;
        }

        foreach (var c in value)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }
        }

        return true;
    }
}
