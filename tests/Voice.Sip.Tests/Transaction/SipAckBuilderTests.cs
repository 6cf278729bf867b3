using Voice.Sip.Message;
using Voice.Sip.Transaction;
using static Voice.Sip.Tests.Transaction.TransactionMessages;

namespace Voice.Sip.Tests.Transaction;

public class SipAckBuilderTests
{
    [Fact]
    public void ForNonSuccess_InviteWithSeveralViasAndRoutes_KeepsOnlyTopViaAndAllRoutes()
    {
        var invite = Request("INVITE", route: "<sip:p1.example.com;lr>, <sip:p2.example.com;lr>", cseq: 42);
        invite.Headers.Add(HeaderKind.Via, "SIP/2.0/UDP lower.example.com;branch=z9hG4bKlower");
        var response = ResponseTo(invite, 480, toTag: "uas-tag");

        var ack = SipAckBuilder.ForNonSuccess(invite, response);

        Assert.Equal(SipMethod.Ack, ack.Method);
        Assert.Equal(DefaultBranch, Assert.Single(ack.Vias).Branch);
        Assert.Equal(2, ack.Routes.Count);
        Assert.Equal("uas-tag", ack.To.Tag);
        Assert.Equal(42, ack.CSeq.Number);
        Assert.Equal(SipMethod.Ack, ack.CSeq.Method);
        Assert.Equal(0, ack.ContentLength);
        Assert.False(ack.Headers.Contains(HeaderKind.Contact));
    }
}
