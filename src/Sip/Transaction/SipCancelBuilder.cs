using Voice.Sip.Message;

namespace Voice.Sip.Transaction;

/// <summary>Builds a CANCEL for a pending INVITE (RFC 3261 §9.1).</summary>
public static class SipCancelBuilder
{
    /// <summary>
    /// RFC 3261 §9.1: Request-URI, Call-ID, To, From and CSeq number identical to the INVITE, CSeq method CANCEL,
    /// a single Via equal to the INVITE's top Via (same branch, so the server matches it to the INVITE, §9.2),
    /// and the INVITE's Route header fields. The caller sends it only once a provisional response arrived.
    /// </summary>
    public static SipRequest ForInvite(SipRequest invite)
    {
        var cancel = new SipRequest(SipMethod.Cancel, invite.RawRequestUri, new SipHeaderCollection(), ReadOnlyMemory<byte>.Empty);
        cancel.Headers.Add(HeaderKind.Via, invite.TopVia.ToString());
        SipAckBuilder.CopyAll(invite, cancel, HeaderKind.Route);
        cancel.Headers.Add(HeaderKind.MaxForwards, "70");
        SipAckBuilder.CopyFirst(invite, cancel, HeaderKind.From);
        SipAckBuilder.CopyFirst(invite, cancel, HeaderKind.To);
        SipAckBuilder.CopyFirst(invite, cancel, HeaderKind.CallId);
        cancel.Headers.Add(HeaderKind.CSeq, $"{invite.CSeq.Number} CANCEL");
        cancel.Headers.Add(HeaderKind.ContentLength, "0");
        return cancel;
    }
}
