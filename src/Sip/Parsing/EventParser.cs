using Voice.Sip.Headers;
using Voice.Sip.Message;

namespace Voice.Sip.Parsing;

/// <summary>
/// Event (RFC 6665 §8.2.1): <c>event-type *(SEMI event-param)</c>,
/// <c>event-type = event-package *("." event-template)</c>, both token-nodot; <c>id</c> is a token.
/// </summary>
public static class EventParser
{
    public static bool TryParse(ReadOnlySpan<byte> span, out EventHeader value, out SipError error)
    {
        value = null!;
        error = SipError.MalformedEvent;
        var i = SipLexer.SkipWsp(span, 0);
        if (!ContentTypeParser.TryReadToken(span, ref i, out var eventType) || !IsEventType(eventType)
            || !ParameterParser.TryParse(span[i..], out var parameters, out _))
        {
            return false;
        }

        if (parameters.Contains("id") && (parameters.Get("id") is not { } id || !SipLexer.IsToken(System.Text.Encoding.ASCII.GetBytes(id))))
        {
            return false;
        }

        value = new EventHeader(SipLexer.Ascii(eventType), parameters);
        error = SipError.None;
        return true;
    }

    /// <summary>True for a token whose dot-separated parts are all non-empty (token-nodot, RFC 6665 §8.4).</summary>
    public static bool IsEventType(ReadOnlySpan<byte> token) =>
        SipLexer.IsToken(token) && token[0] != '.' && token[^1] != '.' && token.IndexOf(".."u8) < 0;
}
