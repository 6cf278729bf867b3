using Voice.Media.Codecs;
using Voice.Media.Conference;
using Voice.Testing;
using Xunit;

namespace Voice.Media.Tests.Conference;

/// <summary>
/// The mixing period runs on the injected <see cref="TimeProvider"/>: with a manual clock, exactly one packet
/// per participant goes out per period advanced, and none while the clock stands still.
/// </summary>
public class ConferenceBridgePeriodTests
{
    private static readonly TimeSpan Period = TimeSpan.FromMilliseconds(20);

    [Fact(Timeout = 30_000)]
    public async Task Period_ManualClock_SendsOnePacketPerPeriodWithConsecutiveHeaders()
    {
        var clock = new ManualTimeProvider();
        await using var bridge = new ConferenceBridge(TestPortRanges.Options(), clock);
        await using var a = new FakeParticipant("a", G711Law.Pcma);
        await using var b = new FakeParticipant("b", G711Law.Pcmu);
        await ConferenceBridgeMixingTests.JoinAsync(bridge, "room", a);
        await ConferenceBridgeMixingTests.JoinAsync(bridge, "room", b);

        for (var i = 0; i < 3; i++)
        {
            clock.Advance(Period);
        }

        var (matched, _) = await a.WaitForFramesAsync(_ => true, 3, TimeSpan.FromSeconds(10));
        Assert.True(matched, "three periods did not send three packets");
        await Task.Delay(TimeSpan.FromMilliseconds(300));
        Assert.Empty(a.Drain());

        var stats = bridge.GetRoomStats("room")!;
        Assert.Equal(3, stats.Ticks);
        Assert.All(stats.Participants, p => Assert.Equal(3, p.PacketsSent));
    }

    [Fact(Timeout = 30_000)]
    public async Task Period_FirstPackets_CarryTheMarkerSilenceAndTheNegotiatedPayloadType()
    {
        var clock = new ManualTimeProvider();
        await using var bridge = new ConferenceBridge(TestPortRanges.Options(), clock);
        await using var a = new FakeParticipant("a", G711Law.Pcma);
        await using var b = new FakeParticipant("b", G711Law.Pcmu);
        await ConferenceBridgeMixingTests.JoinAsync(bridge, "room", a);
        await ConferenceBridgeMixingTests.JoinAsync(bridge, "room", b);
        var received = new List<ReceivedFrame>();

        for (var i = 0; i < 2; i++)
        {
            clock.Advance(Period);
            var (matched, frame) = await a.WaitForFramesAsync(_ => true, 1, TimeSpan.FromSeconds(10));
            Assert.True(matched);
            received.Add(frame!);
        }

        Assert.Equal([true, false], received.Select(f => f.Packet.Marker));
        Assert.All(received, f => Assert.Equal(8, f.Packet.PayloadType));
        Assert.All(received, f => Assert.True(f.IsNear(0, 8), $"not silence: {f}"));
        Assert.Equal((ushort)(received[0].Packet.SequenceNumber + 1), received[1].Packet.SequenceNumber);
        Assert.Equal(160u, received[1].Packet.Timestamp - received[0].Packet.Timestamp);
    }

    [Fact(Timeout = 30_000)]
    public async Task Period_LateTimer_RunsThePeriodsOwedUpToACapAndCountsTheRest()
    {
        var clock = new LateTimerTimeProvider();
        await using var bridge = new ConferenceBridge(TestPortRanges.Options(), clock);
        await using var a = new FakeParticipant("a", G711Law.Pcmu);
        await ConferenceBridgeMixingTests.JoinAsync(bridge, "room", a);

        clock.Advance(TimeSpan.FromMilliseconds(50));
        clock.FireAll();
        Assert.Equal((2, 0), Counters(bridge));

        clock.Advance(TimeSpan.FromMilliseconds(1000));
        clock.FireAll();
        // 50 periods owed at 1050 ms: the last three run, 47 are given up.
        Assert.Equal((5, 47), Counters(bridge));

        var (matched, _) = await a.WaitForFramesAsync(_ => true, 5, TimeSpan.FromSeconds(10));
        Assert.True(matched, "the periods run did not each send a packet");
    }

    private static (long Ticks, long Overruns) Counters(ConferenceBridge bridge)
    {
        var stats = bridge.GetRoomStats("room")!;
        return (stats.Ticks, stats.OverrunTicks);
    }
}
