using Voice.Sip.Transaction;
using static Voice.Sip.Tests.Transaction.TransactionMessages;

namespace Voice.Sip.Tests.Transaction;

public class SipTransactionMatcherTests
{
    [Fact]
    public void ServerKey_AckForInvite_EqualsTheInviteKey()
    {
        Assert.True(SipTransactionMatcher.TryGetServerKey(Request("INVITE"), out var invite));
        Assert.True(SipTransactionMatcher.TryGetServerKey(Request("ACK", toTag: "b1", cseqMethod: "ACK"), out var ack));

        Assert.Equal(invite, ack);
        Assert.Equal("INVITE", ack.Method);
    }

    [Fact]
    public void ServerKey_CancelWithInviteBranch_IsItsOwnTransactionButTargetsTheInvite()
    {
        SipTransactionMatcher.TryGetServerKey(Request("INVITE"), out var invite);
        SipTransactionMatcher.TryGetServerKey(Request("CANCEL"), out var cancel);
        SipTransactionMatcher.TryGetCancelTargetKey(Request("CANCEL"), out var target);

        Assert.NotEqual(invite, cancel);
        Assert.Equal(invite, target);
    }

    [Fact]
    public void ServerKey_SameBranchDifferentSentBy_Differs()
    {
        SipTransactionMatcher.TryGetServerKey(Request("OPTIONS", sentBy: "a.example.com:5060"), out var a);
        SipTransactionMatcher.TryGetServerKey(Request("OPTIONS", sentBy: "b.example.com:5060"), out var b);

        Assert.NotEqual(a, b);
    }

    [Fact]
    public void ServerKey_SentByHostCase_IsIgnored()
    {
        SipTransactionMatcher.TryGetServerKey(Request("OPTIONS", sentBy: "PC33.Atlanta.example.com:5060"), out var a);
        SipTransactionMatcher.TryGetServerKey(Request("OPTIONS", sentBy: "pc33.atlanta.example.com:5060"), out var b);

        Assert.Equal(a, b);
    }

    [Fact]
    public void ServerKey_Rfc2543Branch_UsesRequestFieldsInstead()
    {
        SipTransactionMatcher.TryGetServerKey(Request("INVITE", branch: "1"), out var first);
        SipTransactionMatcher.TryGetServerKey(Request("INVITE", branch: "1", callId: "other-call"), out var otherCall);
        SipTransactionMatcher.TryGetServerKey(Request("INVITE", branch: "1", fromTag: "other-tag"), out var otherFrom);
        SipTransactionMatcher.TryGetServerKey(Request("INVITE", branch: "1", requestUri: "sip:carol@biloxi.example.com"), out var otherUri);
        SipTransactionMatcher.TryGetServerKey(Request("INVITE", branch: "1"), out var same);

        Assert.Equal(first, same);
        Assert.NotEqual(first, otherCall);
        Assert.NotEqual(first, otherFrom);
        Assert.NotEqual(first, otherUri);
    }

    [Fact]
    public void ServerKey_Rfc2543NonInvite_IncludesToTag()
    {
        SipTransactionMatcher.TryGetServerKey(Request("BYE", branch: "1", toTag: "x"), out var a);
        SipTransactionMatcher.TryGetServerKey(Request("BYE", branch: "1", toTag: "y"), out var b);

        Assert.NotEqual(a, b);
    }

    [Fact]
    public void ClientKey_ResponseUsesCSeqMethod()
    {
        var invite = Request("INVITE");
        SipTransactionMatcher.TryGetClientKey(invite, out var requestKey);
        SipTransactionMatcher.TryGetClientKey(ResponseTo(invite, 180), out var responseKey);
        SipTransactionMatcher.TryGetClientKey(ResponseTo(Request("CANCEL"), 200), out var cancelKey);

        Assert.Equal(requestKey, responseKey);
        Assert.NotEqual(requestKey, cancelKey);
        Assert.False(responseKey.IsServer);
    }
}
