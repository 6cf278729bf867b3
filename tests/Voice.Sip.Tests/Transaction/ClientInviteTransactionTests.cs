using System.Net.Sockets;
using Voice.Sip.Message;
using Voice.Sip.Transaction;
using static Voice.Sip.Tests.Transaction.TransactionMessages;

namespace Voice.Sip.Tests.Transaction;

public class ClientInviteTransactionTests
{
    [Fact]
    public async Task Invite_OverUdpWithoutResponse_RetransmitsWithDoublingIntervalUntilTimerB()
    {
        var h = new TransactionHarness();
        var tx = await h.SendAsync<ClientInviteTransaction>(Request("INVITE"));

        h.AdvanceTo(31.9);
        Assert.False(tx.Result.IsCompleted);
        h.AdvanceTo(32);

        // RFC 3261 §17.1.1.2: timer A = T1, doubling; timer B = 64*T1 = 32 s.
        Assert.Equal([0, 0.5, 1.5, 3.5, 7.5, 15.5, 31.5], h.Sender.RequestTimes(SipMethod.Invite));
        var result = await tx.Result;
        Assert.Equal(SipClientOutcome.Timeout, result.Outcome);
        Assert.Equal(408, result.Response.StatusCode);
        Assert.Equal(SipTransactionState.Terminated, tx.State);
        Assert.Equal(0, h.Layer.TransactionCount);
    }

    [Fact]
    public async Task Invite_OverTcp_IsNeverRetransmittedAndTimesOutAtTimerB()
    {
        var h = new TransactionHarness();
        var tx = await h.SendAsync<ClientInviteTransaction>(Request("INVITE", transport: "TCP"), TransactionHarness.TcpPeer);

        h.AdvanceTo(40);

        Assert.Equal([0], h.Sender.RequestTimes(SipMethod.Invite));
        Assert.Equal(SipClientOutcome.Timeout, (await tx.Result).Outcome);
    }

    [Fact]
    public async Task Invite_ProvisionalResponse_StopsRetransmissionsAndTimerBAndIsDelivered()
    {
        var h = new TransactionHarness();
        var invite = Request("INVITE");
        var tx = await h.SendAsync<ClientInviteTransaction>(invite);
        h.AdvanceTo(0.6);

        await h.ReceiveAsync(ResponseTo(invite, 180));
        h.AdvanceTo(100);

        Assert.Equal(SipTransactionState.Proceeding, tx.State);
        Assert.Equal([0, 0.5], h.Sender.RequestTimes(SipMethod.Invite));
        Assert.True(tx.ProvisionalResponses.TryRead(out var ringing));
        Assert.Equal(180, ringing.StatusCode);
        Assert.False(tx.Result.IsCompleted);
    }

    [Fact]
    public async Task Invite_FinalFailure_SendsAckBuiltFromInviteAndResponse()
    {
        var h = new TransactionHarness();
        var invite = Request("INVITE", route: "<sip:proxy.example.com;lr>", cseq: 7);
        var tx = await h.SendAsync<ClientInviteTransaction>(invite);

        await h.ReceiveAsync(ResponseTo(invite, 486, toTag: "busy-tag"));

        var ack = Assert.IsType<SipRequest>(Assert.Single(h.Sender.Requests(SipMethod.Ack)).Message);
        Assert.Equal("sip:bob@biloxi.example.com", ack.RequestUri.ToString());
        Assert.Equal(DefaultBranch, Assert.Single(ack.Vias).Branch);
        Assert.Equal("busy-tag", ack.To.Tag);
        Assert.Equal(invite.From.Tag, ack.From.Tag);
        Assert.Equal(invite.CallId, ack.CallId);
        Assert.Equal(new Voice.Sip.Headers.CSeqHeader(7, SipMethod.Ack), ack.CSeq);
        Assert.Equal("sip:proxy.example.com;lr", Assert.Single(ack.Routes).Uri.ToString());
        Assert.Equal(486, (await tx.Result).Response.StatusCode);
        Assert.Equal(SipTransactionState.Completed, tx.State);
    }

    [Fact]
    public async Task Invite_RetransmittedFinalFailure_ResendsAckAndTerminatesAtTimerD()
    {
        var h = new TransactionHarness();
        var invite = Request("INVITE");
        var tx = await h.SendAsync<ClientInviteTransaction>(invite);
        await h.ReceiveAsync(ResponseTo(invite, 404));

        h.AdvanceTo(2);
        await h.ReceiveAsync(ResponseTo(invite, 404));
        h.AdvanceTo(31.9);
        Assert.Equal(SipTransactionState.Completed, tx.State);
        h.AdvanceTo(32);

        Assert.Equal([0, 2], h.Sender.RequestTimes(SipMethod.Ack));
        Assert.Same(h.Sender.Requests(SipMethod.Ack)[0].Message, h.Sender.Requests(SipMethod.Ack)[1].Message);
        Assert.Equal(SipTransactionState.Terminated, tx.State);
        Assert.Equal(0, h.Layer.TransactionCount);
    }

    [Fact]
    public async Task Invite_FinalFailureOverTcp_TerminatesAtOnceBecauseTimerDIsZero()
    {
        var h = new TransactionHarness();
        var invite = Request("INVITE", transport: "TCP");
        var tx = await h.SendAsync<ClientInviteTransaction>(invite, TransactionHarness.TcpPeer);

        await h.ReceiveAsync(ResponseTo(invite, 603), TransactionHarness.TcpPeer);

        Assert.Single(h.Sender.Requests(SipMethod.Ack));
        Assert.Equal(SipTransactionState.Terminated, tx.State);
        Assert.Equal(0, h.Layer.TransactionCount);
    }

    [Fact]
    public async Task Invite_Success_EntersAcceptedAndPasses2xxRetransmissionsToTuUntilTimerM()
    {
        var h = new TransactionHarness();
        var invite = Request("INVITE");
        var tx = await h.SendAsync<ClientInviteTransaction>(invite);
        var ok = ResponseTo(invite, 200);

        await h.ReceiveAsync(ok);
        Assert.Equal(SipTransactionState.Accepted, tx.State);
        Assert.Equal(200, (await tx.Result).Response.StatusCode);
        await h.ReceiveAsync(ResponseTo(invite, 200));

        // RFC 6026 §8.4: the 2xx retransmission reaches the TU through the transaction; no ACK from the transaction.
        var (_, viaTransaction) = Assert.Single(h.User.Responses);
        Assert.Same(tx, viaTransaction);
        Assert.Empty(h.Sender.Requests(SipMethod.Ack));

        h.AdvanceTo(31.9);
        Assert.Equal(SipTransactionState.Accepted, tx.State);
        h.AdvanceTo(32);
        Assert.Equal(SipTransactionState.Terminated, tx.State);
        await h.ReceiveAsync(ResponseTo(invite, 200));
        Assert.Null(h.User.Responses[^1].Transaction);
    }

    [Fact]
    public async Task Invite_TransportErrorOnFirstSend_TerminatesAndReports503()
    {
        var h = new TransactionHarness();
        h.Sender.FailWith = new SocketException((int)SocketError.HostUnreachable);

        var tx = await h.SendAsync<ClientInviteTransaction>(Request("INVITE"));

        var result = await tx.Result;
        Assert.Equal(SipClientOutcome.TransportError, result.Outcome);
        Assert.Equal(503, result.Response.StatusCode);
        Assert.Equal(SipTransactionState.Terminated, tx.State);
        Assert.Equal(0, h.Layer.TransactionCount);
    }

    [Fact]
    public async Task Invite_TransportErrorOnRetransmission_Terminates()
    {
        var h = new TransactionHarness();
        var tx = await h.SendAsync<ClientInviteTransaction>(Request("INVITE"));
        h.Sender.FailWith = new IOException("ICMP port unreachable");

        h.AdvanceTo(0.5);

        Assert.Equal(SipClientOutcome.TransportError, (await tx.Result).Outcome);
        Assert.Equal(0, h.Clock.ActiveTimers);
    }

    [Fact]
    public async Task TryCreateCancel_BeforeAndAfterProvisional_OnlySucceedsOnceProceeding()
    {
        var h = new TransactionHarness();
        var invite = Request("INVITE", route: "<sip:proxy.example.com;lr>");
        var tx = await h.SendAsync<ClientInviteTransaction>(invite);

        Assert.False(tx.TryCreateCancel(out _));
        Assert.Null(await h.Layer.CancelAsync(tx));
        await h.ReceiveAsync(ResponseTo(invite, 180));
        var cancelTx = await h.Layer.CancelAsync(tx);

        Assert.NotNull(cancelTx);
        var cancel = Assert.IsType<SipRequest>(Assert.Single(h.Sender.Requests(SipMethod.Cancel)).Message);
        Assert.Equal(DefaultBranch, Assert.Single(cancel.Vias).Branch);
        Assert.Equal(new Voice.Sip.Headers.CSeqHeader(1, SipMethod.Cancel), cancel.CSeq);
        Assert.Null(cancel.To.Tag);
        Assert.Equal(invite.CallId, cancel.CallId);
        Assert.Single(cancel.Routes);

        // The CANCEL's 200 matches the CANCEL transaction (CSeq method), not the INVITE.
        await h.ReceiveAsync(ResponseTo(cancel, 200));
        Assert.Equal(200, (await cancelTx.Result).Response.StatusCode);
        Assert.Equal(SipTransactionState.Proceeding, tx.State);
    }
}
