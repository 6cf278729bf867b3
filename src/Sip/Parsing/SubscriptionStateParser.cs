using Voice.Sip.Headers;
using Voice.Sip.Message;

namespace Voice.Sip.Parsing;

/// <summary>
/// Subscription-State (RFC 6665 §8.2.3): <c>substate-value *(SEMI subexp-params)</c>; substate-value is
/// active / pending / terminated / extension token; expires and retry-after are delta-seconds, reason a token.
/// </summary>
public static class SubscriptionStateParser
{
    public static bool TryParse(ReadOnlySpan<byte> span, out SubscriptionStateHeader value, out SipError error)
    {
        value = null!;
        error = SipError.MalformedSubscriptionState;
        var i = SipLexer.SkipWsp(span, 0);
        if (!ContentTypeParser.TryReadToken(span, ref i, out var state)
            || !ParameterParser.TryParse(span[i..], out var parameters, out _))
        {
            return false;
        }

        foreach (var name in (string[])["expires", "retry-after"])
        {
            if (parameters.Contains(name) && !IsDeltaSeconds(parameters.Get(name)))
            {
                return false;
            }
        }

        if (parameters.Contains("reason") && (parameters.Get("reason") is not { } reason || reason[0] == '"'))
        {
            return false;
        }

        value = new SubscriptionStateHeader(SipLexer.Ascii(state), parameters);
        error = SipError.None;
        return true;
    }

    // RFC 3261 §25.1 delta-seconds = 1*DIGIT; the stack keeps durations in an int.
    private static bool IsDeltaSeconds(string? value) =>
        ReasonParser.IsDigits(value) && int.TryParse(value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out _);
}
