using Voice.Sip.Message;

namespace Voice.Sip.Parsing;

/// <summary>
/// Outcome of parsing one message. On error <see cref="Message"/> may still be set (when the headers
/// could be read) so that the right error response can be formed from it (RFC 3261 §8.2.6).
/// </summary>
public readonly record struct SipParseResult(SipMessage? Message, SipError Error)
{
    public bool Success => Error == SipError.None;

    public static SipParseResult Ok(SipMessage message) => new(message, SipError.None);

    public static SipParseResult Fail(SipError error, SipMessage? partial = null) => new(partial, error);
}
