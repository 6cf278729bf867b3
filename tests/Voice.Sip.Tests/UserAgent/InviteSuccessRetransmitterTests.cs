using Voice.Sip.Message;
using Voice.Sip.Tests.Support;
using Voice.Sip.Tests.Transaction;
using Voice.Sip.Transaction;
using Voice.Sip.Transport;
using Voice.Sip.UserAgent;

using Voice.Testing;

namespace Voice.Sip.Tests.UserAgent;

public class InviteSuccessRetransmitterTests
{
    private static readonly SipEndPoint Peer = SipEndPoint.Udp("127.0.0.1", 5062);

    [Fact]
    public void Start_NoAck_ResendsAtT1DoublingCappedAtT2UntilTimerH()
    {
        var (time, sender, retransmitter) = Create();
        var gaveUp = 0;
        var ok = Ok(out _);

        retransmitter.Start(ok, Peer, _ => gaveUp++);
        time.Advance(TimeSpan.FromSeconds(40));

        // RFC 3261 §13.3.1.4: T1, 2T1, 4T1 … capped at T2, for 64·T1 = 32 s.
        Assert.Equal([0.5, 1.5, 3.5, 7.5, 11.5, 15.5, 19.5, 23.5, 27.5, 31.5], sender.ResponseTimes(200));
        Assert.Equal(1, gaveUp);
        Assert.Equal(0, retransmitter.PendingCount);
    }

    [Fact]
    public void Acknowledge_MatchingAck_StopsRetransmission()
    {
        var (time, sender, retransmitter) = Create();
        var ok = Ok(out var invite);
        retransmitter.Start(ok, Peer);
        time.Advance(TimeSpan.FromSeconds(1));

        var ack = TransactionMessages.Request("ACK", branch: "z9hG4bKack1", toTag: "314159", cseq: invite.CSeq.Number);
        Assert.True(retransmitter.Acknowledge(ack));
        time.Advance(TimeSpan.FromSeconds(10));

        Assert.Single(sender.Responses(200));
        Assert.Equal(0, retransmitter.PendingCount);
    }

    [Fact]
    public void Acknowledge_AckForOtherCSeq_DoesNotStopRetransmission()
    {
        var (time, sender, retransmitter) = Create();
        retransmitter.Start(Ok(out _), Peer);

        var otherAck = TransactionMessages.Request("ACK", branch: "z9hG4bKack2", toTag: "314159", cseq: 99);
        Assert.False(retransmitter.Acknowledge(otherAck));
        time.Advance(TimeSpan.FromSeconds(2));

        Assert.Equal(2, sender.Responses(200).Count);
    }

    private static SipResponse Ok(out SipRequest invite)
    {
        invite = TransactionMessages.Request("INVITE");
        return TransactionMessages.ResponseTo(invite, 200);
    }

    private static (ManualTimeProvider, RecordingSender, InviteSuccessRetransmitter) Create()
    {
        var time = new ManualTimeProvider();
        var sender = new RecordingSender(time);
        return (time, sender, new InviteSuccessRetransmitter(sender, new SipTransactionOptions(), time));
    }
}
