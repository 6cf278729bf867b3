using Voice.Sip.Message;
using Voice.Sip.Transaction;
using static Voice.Sip.Tests.Transaction.TransactionMessages;

namespace Voice.Sip.Tests.Transaction;

public class SipTransactionLayerTests
{
    [Fact]
    public async Task Cancel_MatchingPendingInvite_Answered200AndTuNotified()
    {
        var h = new TransactionHarness();
        var invite = await h.ReceiveNewAsync<ServerInviteTransaction>(Request("INVITE"));
        await invite.SendResponseAsync(invite.CreateResponse(180, toTag: "b1"));

        await h.ReceiveAsync(Request("CANCEL"));

        var ok = Assert.IsType<SipResponse>(Assert.Single(h.Sender.Responses(200)).Message);
        Assert.Equal(SipMethod.Cancel, ok.CSeq.Method);
        Assert.Equal("b1", ok.To.Tag);
        var (cancelled, cancelTx) = Assert.Single(h.User.Cancels);
        Assert.Same(invite, cancelled);
        Assert.Equal(SipMethod.Cancel, cancelTx.Request.Method);
        Assert.Single(h.User.Requests);
        Assert.Equal(2, h.Layer.ServerTransactionCount);

        // The TU answers the INVITE 487 as RFC 3261 §9.2 asks.
        await invite.SendResponseAsync(invite.CreateResponse(487, toTag: "b1"));
        Assert.Equal(SipTransactionState.Completed, invite.State);
    }

    [Fact]
    public async Task Cancel_MatchingNoTransaction_Answered481()
    {
        var h = new TransactionHarness();

        await h.ReceiveAsync(Request("CANCEL"));

        var response = Assert.IsType<SipResponse>(Assert.Single(h.Sender.Sent).Message);
        Assert.Equal(481, response.StatusCode);
        Assert.NotNull(response.To.Tag);
        Assert.Empty(h.User.Cancels);
        Assert.Empty(h.User.Requests);
    }

    [Fact]
    public async Task Cancel_FromOtherSentBy_DoesNotMatchAndGets481()
    {
        var h = new TransactionHarness();
        await h.ReceiveNewAsync<ServerInviteTransaction>(Request("INVITE"));

        await h.ReceiveAsync(Request("CANCEL", sentBy: "evil.example.com:5060"));

        Assert.Single(h.Sender.Responses(481));
        Assert.Empty(h.User.Cancels);
    }

    [Fact]
    public async Task Cancel_AfterFinalResponse_Answered200WithoutNotifyingTu()
    {
        var h = new TransactionHarness();
        var invite = await h.ReceiveNewAsync<ServerInviteTransaction>(Request("INVITE"));
        await invite.SendResponseAsync(invite.CreateResponse(200, toTag: "b1"));

        await h.ReceiveAsync(Request("CANCEL"));

        Assert.Equal(SipMethod.Cancel, Assert.IsType<SipResponse>(h.Sender.Sent[^1].Message).CSeq.Method);
        Assert.Equal(200, Assert.IsType<SipResponse>(h.Sender.Sent[^1].Message).StatusCode);
        Assert.Empty(h.User.Cancels);
    }

    [Fact]
    public async Task Cancel_Retransmitted_AbsorbedByCancelTransaction()
    {
        var h = new TransactionHarness();
        var invite = await h.ReceiveNewAsync<ServerInviteTransaction>(Request("INVITE"));
        await invite.SendResponseAsync(invite.CreateResponse(180, toTag: "b1"));
        await h.ReceiveAsync(Request("CANCEL"));

        await h.ReceiveAsync(Request("CANCEL"));

        Assert.Single(h.User.Cancels);
        Assert.Equal(2, h.Sender.Sent.Count(s => s.Message is SipResponse { StatusCode: 200 } r && r.CSeq.Method == SipMethod.Cancel));
    }

    [Fact]
    public async Task MergedRequest_SameFromTagCallIdCSeqOtherBranch_Gets482AndNeverReachesTu()
    {
        var h = new TransactionHarness();
        await h.ReceiveNewAsync<ServerInviteTransaction>(Request("INVITE"));

        await h.ReceiveAsync(Request("INVITE", branch: "z9hG4bKforked2", sentBy: "proxy2.example.com:5060"));
        await h.ReceiveAsync(Request("INVITE", branch: "z9hG4bKforked2", sentBy: "proxy2.example.com:5060"));

        Assert.Single(h.User.Requests);
        Assert.Equal([0, 0], h.Sender.ResponseTimes(482));
        Assert.All(h.Sender.Responses(482), s => Assert.Equal("z9hG4bKforked2", s.Message.TopVia.Branch));
    }

    [Fact]
    public async Task Request_WithToTagOrOtherCSeq_IsNotTreatedAsMerged()
    {
        var h = new TransactionHarness();
        await h.ReceiveNewAsync<ServerInviteTransaction>(Request("INVITE"));

        await h.ReceiveAsync(Request("INVITE", branch: "z9hG4bKother1", cseq: 2));
        await h.ReceiveAsync(Request("INFO", branch: "z9hG4bKother2", toTag: "b1"));

        Assert.Equal(3, h.User.Requests.Count);
        Assert.Empty(h.Sender.Responses(482));
    }

    [Fact]
    public async Task Rfc2543Request_WithoutMagicCookie_RetransmissionAndAckMatchByHeaderFields()
    {
        var h = new TransactionHarness();
        var tx = await h.ReceiveNewAsync<ServerInviteTransaction>(Request("INVITE", branch: "2543branch"));
        Assert.False(tx.Key.Branch.StartsWith("z9hG4bK", StringComparison.Ordinal));
        await tx.SendResponseAsync(tx.CreateResponse(486, toTag: "b1"));

        await h.ReceiveAsync(Request("INVITE", branch: "2543branch"));
        await h.ReceiveAsync(Request("ACK", branch: "2543branch", toTag: "wrong", cseqMethod: "ACK"));
        Assert.Equal(SipTransactionState.Completed, tx.State);
        await h.ReceiveAsync(Request("ACK", branch: "2543branch", toTag: "b1", cseqMethod: "ACK"));

        Assert.Single(h.User.Requests);
        Assert.Equal([0, 0], h.Sender.ResponseTimes(486));
        Assert.Equal(SipTransactionState.Confirmed, tx.State);
        Assert.Single(h.User.Acks);
    }

    [Fact]
    public async Task Rfc2543Request_DifferentCSeq_IsANewTransaction()
    {
        var h = new TransactionHarness();
        await h.ReceiveNewAsync<ServerNonInviteTransaction>(Request("OPTIONS", branch: "2543branch", toTag: "t"));

        await h.ReceiveAsync(Request("OPTIONS", branch: "2543branch", toTag: "t", cseq: 2));

        Assert.Equal(2, h.User.Requests.Count);
        Assert.Equal(2, h.Layer.ServerTransactionCount);
    }

    [Fact]
    public async Task Response_MatchingNoTransaction_GoesToTuWithoutTransaction()
    {
        var h = new TransactionHarness();

        await h.ReceiveAsync(ResponseTo(Request("INVITE"), 200));

        var (response, transaction) = Assert.Single(h.User.Responses);
        Assert.Null(transaction);
        Assert.Equal(200, ((SipResponse)response.Message).StatusCode);
    }

    [Fact]
    public async Task TransactionCount_TracksClientAndServerTransactionsUntilTerminated()
    {
        var h = new TransactionHarness();
        var request = Request("OPTIONS", branch: "z9hG4bKout");
        await h.SendAsync<ClientNonInviteTransaction>(request);
        var server = await h.ReceiveNewAsync<ServerNonInviteTransaction>(Request("OPTIONS", branch: "z9hG4bKin"));
        Assert.Equal(2, h.Layer.TransactionCount);
        Assert.Equal(1, h.Layer.ClientTransactionCount);

        await h.ReceiveAsync(ResponseTo(request, 200));
        await server.SendResponseAsync(server.CreateResponse(200, toTag: "b1"));
        h.AdvanceTo(5);
        Assert.Equal(1, h.Layer.TransactionCount);
        h.AdvanceTo(32);

        Assert.Equal(0, h.Layer.TransactionCount);
        Assert.Equal(0, h.Clock.ActiveTimers);
    }

    [Fact]
    public async Task SendRequest_Ack_IsRejectedBecauseAckIsNoTransaction()
    {
        var h = new TransactionHarness();

        await Assert.ThrowsAsync<ArgumentException>(() => h.Layer.SendRequestAsync(Request("ACK"), TransactionHarness.UdpPeer));
        Assert.Empty(h.Sender.Sent);
    }

    [Fact]
    public async Task TuThrowing_DoesNotEscapeHandleInbound()
    {
        var h = new TransactionHarness();
        h.User.OnRequest = _ => throw new InvalidOperationException("TU bug");

        await h.ReceiveAsync(Request("OPTIONS"));

        Assert.Single(h.User.Requests);
        Assert.Equal(1, h.Layer.ServerTransactionCount);
    }

    [Fact]
    public async Task SendRequest_SameBranchAndMethodTwice_IsRejected()
    {
        var h = new TransactionHarness();
        await h.SendAsync<ClientNonInviteTransaction>(Request("OPTIONS"));

        await Assert.ThrowsAsync<InvalidOperationException>(() => h.Layer.SendRequestAsync(Request("OPTIONS"), TransactionHarness.UdpPeer));
        Assert.Equal(1, h.Layer.TransactionCount);
        Assert.Single(h.Sender.Sent);
    }

    [Fact]
    public async Task Request_WithoutTransactionUser_IsDroppedWithoutTransaction()
    {
        var h = new TransactionHarness();
        h.Layer.TransactionUser = null;

        await h.ReceiveAsync(Request("INVITE"));
        h.AdvanceTo(1);

        Assert.Equal(0, h.Layer.TransactionCount);
        Assert.Empty(h.Sender.Sent);
    }
}
