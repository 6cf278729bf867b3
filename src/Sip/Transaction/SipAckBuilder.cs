using Voice.Sip.Message;

namespace Voice.Sip.Transaction;

/// <summary>Builds the ACK a client INVITE transaction sends for a 3xx–6xx response (RFC 3261 §17.1.1.3).</summary>
public static class SipAckBuilder
{
    /// <summary>
    /// RFC 3261 §17.1.1.3: same Request-URI, Call-ID, From and CSeq number as the INVITE, CSeq method ACK,
    /// To taken from the response (it carries the UAS tag), a single Via equal to the INVITE's top Via (same
    /// branch, so it matches the server transaction), and the INVITE's Route header fields.
    /// </summary>
    public static SipRequest ForNonSuccess(SipRequest invite, SipResponse response)
    {
        var ack = new SipRequest(SipMethod.Ack, invite.RawRequestUri, new SipHeaderCollection(), ReadOnlyMemory<byte>.Empty);
        ack.Headers.Add(HeaderKind.Via, invite.TopVia.ToString());
        CopyAll(invite, ack, HeaderKind.Route);
        ack.Headers.Add(HeaderKind.MaxForwards, "70");
        CopyFirst(invite, ack, HeaderKind.From);
        CopyFirst(response, ack, HeaderKind.To);
        CopyFirst(invite, ack, HeaderKind.CallId);
        ack.Headers.Add(HeaderKind.CSeq, $"{invite.CSeq.Number} ACK");
        ack.Headers.Add(HeaderKind.ContentLength, "0");
        return ack;
    }

    internal static void CopyAll(SipMessage from, SipMessage to, HeaderKind kind)
    {
        foreach (var h in from.Headers.OfKind(kind))
        {
            to.Headers.Add(new SipHeader(kind, ReadOnlyMemory<byte>.Empty, h.RawValue));
        }
    }

    internal static void CopyFirst(SipMessage from, SipMessage to, HeaderKind kind)
    {
        if (from.Headers.TryGetFirst(kind, out var h))
        {
            to.Headers.Add(new SipHeader(kind, ReadOnlyMemory<byte>.Empty, h.RawValue));
        }
    }
}
