using System.Net.Sockets;
using Voice.Sip.Message;
using Voice.Sip.Transaction;
using static Voice.Sip.Tests.Transaction.TransactionMessages;

namespace Voice.Sip.Tests.Transaction;

public class ServerInviteTransactionTests
{
    [Fact]
    public async Task Invite_TuSilentFor200Ms_TransactionSends100TryingItself()
    {
        var h = new TransactionHarness();
        var tx = await h.ReceiveNewAsync<ServerInviteTransaction>(Request("INVITE"));

        h.AdvanceTo(0.199);
        Assert.Empty(h.Sender.Sent);
        h.AdvanceTo(0.2);

        var trying = Assert.IsType<SipResponse>(Assert.Single(h.Sender.Sent).Message);
        Assert.Equal(100, trying.StatusCode);
        Assert.Same(trying, tx.LastResponse);
        Assert.Equal(SipTransactionState.Proceeding, tx.State);
    }

    [Fact]
    public async Task Invite_TuAnswersWithin200Ms_NoAutomatic100Trying()
    {
        var h = new TransactionHarness();
        var tx = await h.ReceiveNewAsync<ServerInviteTransaction>(Request("INVITE"));

        h.AdvanceTo(0.1);
        await tx.SendResponseAsync(tx.CreateResponse(180, toTag: "b1"));
        h.AdvanceTo(5);

        Assert.Empty(h.Sender.Responses(100));
        Assert.Single(h.Sender.Responses(180));
    }

    [Fact]
    public async Task Invite_Retransmitted_AbsorbedAndLastProvisionalResent()
    {
        var h = new TransactionHarness();
        var invite = Request("INVITE");
        var tx = await h.ReceiveNewAsync<ServerInviteTransaction>(invite);
        await tx.SendResponseAsync(tx.CreateResponse(180, toTag: "b1"));

        await h.ReceiveAsync(Request("INVITE"));

        Assert.Single(h.User.Requests);
        Assert.Equal([0, 0], h.Sender.ResponseTimes(180));
    }

    [Fact]
    public async Task Invite_FinalFailureOverUdp_TimerGRetransmitsCappedAtT2UntilTimerH()
    {
        var h = new TransactionHarness();
        var tx = await h.ReceiveNewAsync<ServerInviteTransaction>(Request("INVITE"));
        await tx.SendResponseAsync(tx.CreateResponse(486, toTag: "b1"));

        h.AdvanceTo(31.9);
        Assert.Equal(SipTransactionState.Completed, tx.State);
        h.AdvanceTo(32);

        // RFC 3261 §17.2.1: G = T1 doubling up to T2; H = 64*T1; no ACK means failure reported to the TU.
        Assert.Equal([0, 0.5, 1.5, 3.5, 7.5, 11.5, 15.5, 19.5, 23.5, 27.5, 31.5], h.Sender.ResponseTimes(486));
        Assert.Equal(SipTransactionState.Terminated, tx.State);
        var (failed, failure) = Assert.Single(h.User.Failures);
        Assert.Same(tx, failed);
        Assert.Equal(SipTransactionFailure.Timeout, failure);
        Assert.Equal(0, h.Layer.TransactionCount);
    }

    [Fact]
    public async Task Invite_FinalFailureOverTcp_NotRetransmitted()
    {
        var h = new TransactionHarness();
        var tx = await h.ReceiveNewAsync<ServerInviteTransaction>(Request("INVITE", transport: "TCP"), TransactionHarness.TcpPeer);
        await tx.SendResponseAsync(tx.CreateResponse(486, toTag: "b1"));

        h.AdvanceTo(20);

        Assert.Equal([0], h.Sender.ResponseTimes(486));
    }

    [Fact]
    public async Task Invite_AckForFailure_ConfirmsAbsorbsAckRetransmissionsAndTerminatesAtTimerI()
    {
        var h = new TransactionHarness();
        var tx = await h.ReceiveNewAsync<ServerInviteTransaction>(Request("INVITE"));
        await tx.SendResponseAsync(tx.CreateResponse(486, toTag: "b1"));
        h.AdvanceTo(1);

        await h.ReceiveAsync(Request("ACK", toTag: "b1", cseqMethod: "ACK"));
        Assert.Equal(SipTransactionState.Confirmed, tx.State);
        await h.ReceiveAsync(Request("ACK", toTag: "b1", cseqMethod: "ACK"));
        h.AdvanceTo(5.9);
        Assert.Equal(SipTransactionState.Confirmed, tx.State);
        h.AdvanceTo(6);

        // Timer G stopped by the ACK; timer I = T4 = 5 s; ACKs never reach the TU.
        Assert.Equal([0, 0.5], h.Sender.ResponseTimes(486));
        Assert.Equal(SipTransactionState.Terminated, tx.State);
        Assert.Empty(h.User.Acks);
        Assert.Empty(h.User.Failures);
        Assert.Equal(0, h.Layer.TransactionCount);
    }

    [Fact]
    public async Task Invite_RetransmittedInCompleted_ResendsFinalResponse()
    {
        var h = new TransactionHarness();
        var tx = await h.ReceiveNewAsync<ServerInviteTransaction>(Request("INVITE"));
        await tx.SendResponseAsync(tx.CreateResponse(404, toTag: "b1"));
        h.AdvanceTo(0.2);

        await h.ReceiveAsync(Request("INVITE"));

        Assert.Equal([0, 0.2], h.Sender.ResponseTimes(404));
    }

    [Fact]
    public async Task Invite_Success_AcceptedAbsorbsRetransmissionsPassesAckAndTerminatesAtTimerL()
    {
        var h = new TransactionHarness();
        var tx = await h.ReceiveNewAsync<ServerInviteTransaction>(Request("INVITE"));
        await tx.SendResponseAsync(tx.CreateResponse(200, toTag: "b1"));
        Assert.Equal(SipTransactionState.Accepted, tx.State);

        await h.ReceiveAsync(Request("INVITE"));
        await tx.SendResponseAsync(tx.CreateResponse(200, toTag: "b1"));
        await h.ReceiveAsync(Request("ACK", toTag: "b1", cseqMethod: "ACK"));
        h.AdvanceTo(31.9);
        Assert.Equal(SipTransactionState.Accepted, tx.State);
        h.AdvanceTo(32);

        // RFC 6026 §7.1: no automatic 2xx retransmission, the INVITE retransmission is absorbed silently,
        // the TU's own 2xx retransmission goes out, an ACK in Accepted goes to the TU, timer L = 64*T1.
        Assert.Equal([0, 0], h.Sender.ResponseTimes(200));
        Assert.Same(tx, Assert.Single(h.User.Acks).Transaction);
        Assert.Single(h.User.Requests);
        Assert.Equal(SipTransactionState.Terminated, tx.State);
        Assert.Equal(0, h.Layer.TransactionCount);
    }

    [Fact]
    public async Task Invite_AckFor2xxWithOwnBranch_GoesToTuWithoutTransaction()
    {
        var h = new TransactionHarness();
        var tx = await h.ReceiveNewAsync<ServerInviteTransaction>(Request("INVITE"));
        await tx.SendResponseAsync(tx.CreateResponse(200, toTag: "b1"));

        await h.ReceiveAsync(Request("ACK", branch: "z9hG4bKack2xx", toTag: "b1", cseqMethod: "ACK"));

        var (ack, transaction) = Assert.Single(h.User.Acks);
        Assert.Null(transaction);
        Assert.Equal(SipMethod.Ack, ((SipRequest)ack.Message).Method);
        Assert.Equal(SipTransactionState.Accepted, tx.State);
    }

    [Fact]
    public async Task Invite_TransportErrorSendingFinal_TerminatesAndInformsTu()
    {
        var h = new TransactionHarness();
        var tx = await h.ReceiveNewAsync<ServerInviteTransaction>(Request("INVITE"));
        h.Sender.FailWith = new SocketException((int)SocketError.HostUnreachable);

        await tx.SendResponseAsync(tx.CreateResponse(486, toTag: "b1"));

        Assert.Equal(SipTransactionState.Terminated, tx.State);
        Assert.Equal(SipTransactionFailure.TransportError, Assert.Single(h.User.Failures).Failure);
        Assert.Equal(0, h.Layer.TransactionCount);
        Assert.Equal(0, h.Clock.ActiveTimers);
    }

    [Fact]
    public async Task SendResponse_AfterFinal_IsIgnored()
    {
        var h = new TransactionHarness();
        var tx = await h.ReceiveNewAsync<ServerInviteTransaction>(Request("INVITE"));
        await tx.SendResponseAsync(tx.CreateResponse(486, toTag: "b1"));

        await tx.SendResponseAsync(tx.CreateResponse(200, toTag: "b1"));

        Assert.Empty(h.Sender.Responses(200));
        Assert.Equal(SipTransactionState.Completed, tx.State);
    }
}
