using System.Net.Sockets;
using Voice.Sip.Transaction;
using static Voice.Sip.Tests.Transaction.TransactionMessages;

namespace Voice.Sip.Tests.Transaction;

public class ServerNonInviteTransactionTests
{
    [Fact]
    public async Task Request_RetransmittedInTrying_IsAbsorbedSilently()
    {
        var h = new TransactionHarness();
        var tx = await h.ReceiveNewAsync<ServerNonInviteTransaction>(Request("OPTIONS"));

        await h.ReceiveAsync(Request("OPTIONS"));

        Assert.Single(h.User.Requests);
        Assert.Empty(h.Sender.Sent);
        Assert.Equal(SipTransactionState.Trying, tx.State);
    }

    [Fact]
    public async Task Request_RetransmittedInProceeding_ResendsLastProvisional()
    {
        var h = new TransactionHarness();
        var tx = await h.ReceiveNewAsync<ServerNonInviteTransaction>(Request("REGISTER"));
        await tx.SendResponseAsync(tx.CreateResponse(100));

        await h.ReceiveAsync(Request("REGISTER"));

        Assert.Equal(SipTransactionState.Proceeding, tx.State);
        Assert.Equal([0, 0], h.Sender.ResponseTimes(100));
    }

    [Fact]
    public async Task Request_RetransmittedInCompleted_ResendsFinalUntilTimerJ()
    {
        var h = new TransactionHarness();
        var tx = await h.ReceiveNewAsync<ServerNonInviteTransaction>(Request("OPTIONS"));
        await tx.SendResponseAsync(tx.CreateResponse(200, toTag: "b1"));
        h.AdvanceTo(3);

        await h.ReceiveAsync(Request("OPTIONS"));
        h.AdvanceTo(31.9);
        Assert.Equal(SipTransactionState.Completed, tx.State);
        h.AdvanceTo(32);

        // RFC 3261 §17.2.2: the final response is resent on request retransmission; timer J = 64*T1 on UDP.
        Assert.Equal([0, 3], h.Sender.ResponseTimes(200));
        Assert.Equal(SipTransactionState.Terminated, tx.State);
        Assert.Equal(0, h.Layer.TransactionCount);
        Assert.Single(h.User.Requests);
    }

    [Fact]
    public async Task FinalResponse_OverTcp_TerminatesAtOnceBecauseTimerJIsZero()
    {
        var h = new TransactionHarness();
        var tx = await h.ReceiveNewAsync<ServerNonInviteTransaction>(Request("OPTIONS", transport: "TCP"), TransactionHarness.TcpPeer);

        await tx.SendResponseAsync(tx.CreateResponse(200, toTag: "b1"));

        Assert.Equal(SipTransactionState.Terminated, tx.State);
        Assert.Equal(0, h.Layer.TransactionCount);
        Assert.Equal(TransactionHarness.TcpPeer, Assert.Single(h.Sender.Sent).Destination);
    }

    [Fact]
    public async Task SendResponse_AfterFinal_IsDiscarded()
    {
        var h = new TransactionHarness();
        var tx = await h.ReceiveNewAsync<ServerNonInviteTransaction>(Request("OPTIONS"));
        await tx.SendResponseAsync(tx.CreateResponse(200, toTag: "b1"));

        await tx.SendResponseAsync(tx.CreateResponse(500, toTag: "b1"));

        Assert.Empty(h.Sender.Responses(500));
    }

    [Fact]
    public async Task SendResponse_TransportError_TerminatesAndInformsTu()
    {
        var h = new TransactionHarness();
        var tx = await h.ReceiveNewAsync<ServerNonInviteTransaction>(Request("OPTIONS"));
        h.Sender.FailWith = new SocketException((int)SocketError.ConnectionReset);

        await tx.SendResponseAsync(tx.CreateResponse(200, toTag: "b1"));

        Assert.Equal(SipTransactionState.Terminated, tx.State);
        var (failed, failure) = Assert.Single(h.User.Failures);
        Assert.Same(tx, failed);
        Assert.Equal(SipTransactionFailure.TransportError, failure);
        Assert.Equal(0, h.Layer.TransactionCount);
    }
}
