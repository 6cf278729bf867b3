using Voice.Sip.Message;
using Voice.Sip.Transaction;
using static Voice.Sip.Tests.Transaction.TransactionMessages;

namespace Voice.Sip.Tests.Transaction;

public class SipCancelBuilderTests
{
    [Fact]
    public void ForInvite_CopiesIdentityFieldsAndUsesCancelMethod()
    {
        var invite = Request("INVITE", route: "<sip:p1.example.com;lr>", cseq: 9, requestUri: "sip:bob@192.0.2.4");
        invite.Headers.Add(HeaderKind.Via, "SIP/2.0/UDP lower.example.com;branch=z9hG4bKlower");

        var cancel = SipCancelBuilder.ForInvite(invite);

        Assert.Equal(SipMethod.Cancel, cancel.Method);
        Assert.Equal("sip:bob@192.0.2.4", cancel.RequestUri.ToString());
        Assert.Equal(DefaultBranch, Assert.Single(cancel.Vias).Branch);
        Assert.Equal(invite.CallId, cancel.CallId);
        Assert.Equal(invite.From.Tag, cancel.From.Tag);
        Assert.Null(cancel.To.Tag);
        Assert.Equal(9, cancel.CSeq.Number);
        Assert.Equal(SipMethod.Cancel, cancel.CSeq.Method);
        Assert.Single(cancel.Routes);

        // The CANCEL keys to the INVITE's server transaction on the far side (RFC 3261 §9.2).
        SipTransactionMatcher.TryGetServerKey(invite, out var inviteKey);
        SipTransactionMatcher.TryGetCancelTargetKey(cancel, out var targetKey);
        Assert.Equal(inviteKey, targetKey);
    }
}
