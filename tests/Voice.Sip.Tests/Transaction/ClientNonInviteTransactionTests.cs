using System.Net.Sockets;
using Voice.Sip.Message;
using Voice.Sip.Transaction;
using static Voice.Sip.Tests.Transaction.TransactionMessages;

namespace Voice.Sip.Tests.Transaction;

public class ClientNonInviteTransactionTests
{
    [Fact]
    public async Task Options_OverUdpWithoutResponse_TimerEDoublesCappedAtT2UntilTimerF()
    {
        var h = new TransactionHarness();
        var tx = await h.SendAsync<ClientNonInviteTransaction>(Request("OPTIONS"));

        h.AdvanceTo(32);

        // RFC 3261 §17.1.2.2: E = 0.5, 1, 2, 4, 4, 4 … s; F = 64*T1 = 32 s.
        Assert.Equal([0, 0.5, 1.5, 3.5, 7.5, 11.5, 15.5, 19.5, 23.5, 27.5, 31.5], h.Sender.RequestTimes(SipMethod.Options));
        var result = await tx.Result;
        Assert.Equal(SipClientOutcome.Timeout, result.Outcome);
        Assert.Equal(408, result.Response.StatusCode);
        Assert.Equal(0, h.Layer.TransactionCount);
    }

    [Fact]
    public async Task Options_AfterProvisional_RetransmitsEveryT2()
    {
        var h = new TransactionHarness();
        var request = Request("OPTIONS");
        var tx = await h.SendAsync<ClientNonInviteTransaction>(request);
        h.AdvanceTo(0.2);

        await h.ReceiveAsync(ResponseTo(request, 100));
        h.AdvanceTo(13);

        Assert.Equal(SipTransactionState.Proceeding, tx.State);
        Assert.Equal([0, 0.5, 4.5, 8.5, 12.5], h.Sender.RequestTimes(SipMethod.Options));
        Assert.True(tx.ProvisionalResponses.TryRead(out var trying));
        Assert.Equal(100, trying.StatusCode);
    }

    [Fact]
    public async Task Options_OverTcp_IsNeverRetransmitted()
    {
        var h = new TransactionHarness();
        var tx = await h.SendAsync<ClientNonInviteTransaction>(Request("OPTIONS", transport: "TCP"), TransactionHarness.TcpPeer);

        h.AdvanceTo(31);

        Assert.Equal([0], h.Sender.RequestTimes(SipMethod.Options));
        Assert.Equal(SipTransactionState.Trying, tx.State);
    }

    [Fact]
    public async Task Options_FinalResponse_CompletesAbsorbsRetransmissionsAndTerminatesAtTimerK()
    {
        var h = new TransactionHarness();
        var request = Request("OPTIONS");
        var tx = await h.SendAsync<ClientNonInviteTransaction>(request);

        await h.ReceiveAsync(ResponseTo(request, 200));
        await h.ReceiveAsync(ResponseTo(request, 200));
        h.AdvanceTo(4.9);
        Assert.Equal(SipTransactionState.Completed, tx.State);
        h.AdvanceTo(5);

        Assert.Equal(200, (await tx.Result).Response.StatusCode);
        Assert.Empty(h.User.Responses);
        Assert.Equal([0], h.Sender.RequestTimes(SipMethod.Options));
        Assert.Equal(SipTransactionState.Terminated, tx.State);
        Assert.Equal(0, h.Layer.TransactionCount);
        Assert.False(tx.ProvisionalResponses.TryRead(out _));
        Assert.True(tx.ProvisionalResponses.Completion.IsCompleted);
    }

    [Fact]
    public async Task Options_FinalResponseOverTcp_TerminatesAtOnce()
    {
        var h = new TransactionHarness();
        var request = Request("OPTIONS", transport: "TCP");
        var tx = await h.SendAsync<ClientNonInviteTransaction>(request, TransactionHarness.TcpPeer);

        await h.ReceiveAsync(ResponseTo(request, 200), TransactionHarness.TcpPeer);

        Assert.Equal(SipTransactionState.Terminated, tx.State);
        Assert.Equal(0, h.Layer.TransactionCount);
    }

    [Fact]
    public async Task Options_TransportErrorOnRetransmission_TerminatesWith503()
    {
        var h = new TransactionHarness();
        var tx = await h.SendAsync<ClientNonInviteTransaction>(Request("OPTIONS"));
        h.Sender.FailWith = new SocketException((int)SocketError.ConnectionRefused);

        h.AdvanceTo(0.5);

        var result = await tx.Result;
        Assert.Equal(SipClientOutcome.TransportError, result.Outcome);
        Assert.Equal(503, result.Response.StatusCode);
        Assert.Equal(0, h.Layer.TransactionCount);
    }

    [Fact]
    public async Task SendRequest_WithoutCompliantBranch_GetsAGeneratedMagicCookieBranch()
    {
        var h = new TransactionHarness();
        var request = Request("OPTIONS", branch: "old2543");

        var tx = await h.SendAsync<ClientNonInviteTransaction>(request);

        var branch = request.TopVia.Branch!;
        Assert.StartsWith("z9hG4bK", branch, StringComparison.Ordinal);
        Assert.NotEqual("z9hG4bK", branch);
        Assert.Equal(branch, tx.Key.Branch);
        await h.ReceiveAsync(ResponseTo(request, 200));
        Assert.True(tx.Result.IsCompleted);
    }

    [Fact]
    public async Task Response_WithSameBranchButOtherCSeqMethod_DoesNotMatch()
    {
        var h = new TransactionHarness();
        var request = Request("OPTIONS");
        var tx = await h.SendAsync<ClientNonInviteTransaction>(request);

        await h.ReceiveAsync(ResponseTo(Request("INFO"), 200));

        Assert.False(tx.Result.IsCompleted);
        Assert.Single(h.User.Responses);
    }
}
