using Voice.Sip.Message;

namespace Voice.Sip.Dialog;

/// <summary>
/// RFC 3261 §12: a dialog is identified by Call-ID, local tag and remote tag — seen from this side, so the
/// two ends of one dialog hold mirrored ids. An absent tag (RFC 2543 peers) is the empty string.
/// </summary>
public readonly record struct DialogId(string CallId, string LocalTag, string RemoteTag)
{
    /// <summary>
    /// The id of the dialog a message belongs to, from this side's point of view. <paramref name="isUas"/> is true
    /// when we are the UAS of the message's transaction (we received the request or send the response): RFC 3261
    /// §12.1.1 then takes the local tag from To and the remote tag from From; as UAC (§12.1.2) it is the reverse.
    /// </summary>
    public static DialogId FromMessage(SipMessage message, bool isUas) =>
        TryFromMessage(message, isUas, out var id, out var error) ? id : throw new SipParseException(error, HeaderKind.Unknown);

    public static bool TryFromMessage(SipMessage message, bool isUas, out DialogId id, out SipError error)
    {
        id = default;
        if (!message.Headers.TryGetFirst(HeaderKind.CallId, out var callId))
        {
            error = SipError.MissingCallId;
            return false;
        }

        if (!message.TryGetNameAddress(HeaderKind.From, out var from, out error)
            || !message.TryGetNameAddress(HeaderKind.To, out var to, out error))
        {
            return false;
        }

        var fromTag = from.Tag ?? string.Empty;
        var toTag = to.Tag ?? string.Empty;
        id = isUas ? new DialogId(callId.Value, toTag, fromTag) : new DialogId(callId.Value, fromTag, toTag);
        error = SipError.None;
        return true;
    }

    public override string ToString() => $"{CallId};local={LocalTag};remote={RemoteTag}";
}
