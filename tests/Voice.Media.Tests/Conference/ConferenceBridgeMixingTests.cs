using System.Net;
using System.Net.Sockets;
using Voice.Media.Codecs;
using Voice.Media.Conference;
using Voice.Media.Rtp;
using Xunit;

namespace Voice.Media.Tests.Conference;

/// <summary>
/// Real UDP on 127.0.0.1: fake phones send constant levels and check, by content, that each hears the sum of
/// the others. Waits are generous and count matching frames, never exact timings.
/// </summary>
public class ConferenceBridgeMixingTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(15);

    private const short LevelA = 1000;
    private const short LevelB = 2000;
    private const short LevelC = -3000;

    internal static async Task JoinAsync(ConferenceBridge bridge, string room, FakeParticipant participant, short? level = null)
    {
        participant.UseAnswer(await bridge.JoinAsync(room, participant.Id, participant.Offer()));
        if (level is { } l)
        {
            await participant.StartSendingAsync(l);
        }
    }

    /// <summary>Waits for five frames at <paramref name="expected"/> within the listener's G.711 quantization.</summary>
    internal static async Task AssertHearsAsync(FakeParticipant listener, int expected)
    {
        var tolerance = (Math.Abs(expected) / 16) + 16;
        var (matched, last) = await listener.WaitForFramesAsync(
            f => f.Packet.PayloadType == listener.PayloadType && f.IsNear(expected, tolerance), 5, Patience);
        Assert.True(matched, $"{listener.Id} never heard {expected} ± {tolerance}; last frame: {last}");
    }

    [Fact(Timeout = 60_000)]
    public async Task Join_ThreeParticipants_EachHearsTheSumOfTheOtherTwo()
    {
        await using var bridge = new ConferenceBridge(TestPortRanges.Options());
        await using var a = new FakeParticipant("a", G711Law.Pcmu);
        await using var b = new FakeParticipant("b", G711Law.Pcma);
        await using var c = new FakeParticipant("c", G711Law.Pcmu);
        await JoinAsync(bridge, "room", a, LevelA);
        await JoinAsync(bridge, "room", b, LevelB);
        await JoinAsync(bridge, "room", c, LevelC);

        Assert.Equal(["a", "b", "c"], bridge.Participants("room"));
        await AssertHearsAsync(a, b.Quantized(LevelB) + c.Quantized(LevelC));
        await AssertHearsAsync(b, a.Quantized(LevelA) + c.Quantized(LevelC));
        await AssertHearsAsync(c, a.Quantized(LevelA) + b.Quantized(LevelB));

        // Each gets its own RTP stream: distinct SSRCs, consecutive sequence numbers, 160-sample timestamps.
        var streams = new List<List<ReceivedFrame>>();
        foreach (var participant in new[] { a, b, c })
        {
            participant.Drain();
            streams.Add(await participant.ReceiveAsync(3, Patience));
        }

        Assert.All(streams, frames => Assert.Equal(3, frames.Count));
        Assert.Equal(3, streams.Select(frames => frames[0].Packet.Ssrc).Distinct().Count());
        Assert.All(streams, frames =>
        {
            Assert.Equal((ushort)(frames[0].Packet.SequenceNumber + 1), frames[1].Packet.SequenceNumber);
            Assert.Equal(160u, frames[1].Packet.Timestamp - frames[0].Packet.Timestamp);
            Assert.Equal(160, frames[1].Samples.Length);
        });

        var stats = bridge.GetRoomStats("room")!;
        Assert.True(stats.Ticks > 0);
        Assert.All(stats.Participants, p =>
        {
            Assert.True(p.PacketsReceived > 0 && p.PacketsSent > 0, $"{p.ParticipantId}: {p}");
            Assert.NotNull(p.LastPacketReceivedAt);
            Assert.NotNull(p.LastPacketSentAt);
        });
    }

    [Fact(Timeout = 60_000)]
    public async Task Leave_Participant_StopsReceivingFreesItsPortAndLeavesTheOthersMixing()
    {
        await using var bridge = new ConferenceBridge(TestPortRanges.Options());
        await using var a = new FakeParticipant("a", G711Law.Pcmu);
        await using var b = new FakeParticipant("b", G711Law.Pcma);
        await using var c = new FakeParticipant("c", G711Law.Pcmu);
        await JoinAsync(bridge, "room", a, LevelA);
        await JoinAsync(bridge, "room", b, LevelB);
        await JoinAsync(bridge, "room", c, LevelC);
        await AssertHearsAsync(c, a.Quantized(LevelA) + b.Quantized(LevelB));

        await bridge.LeaveAsync("room", "c");

        Assert.Equal(["a", "b"], bridge.Participants("room"));
        Assert.DoesNotContain(bridge.GetRoomStats("room")!.Participants, p => p.ParticipantId == "c");
        using (var rebind = new Socket(AddressFamily.InterNetwork, SocketType.Dgram, ProtocolType.Udp))
        {
            rebind.Bind(c.Bridge!);
        }

        await AssertHearsAsync(a, b.Quantized(LevelB));
        await AssertHearsAsync(b, a.Quantized(LevelA));

        // Whatever was in flight when LeaveAsync returned has arrived by now; nothing may follow it.
        c.Drain();
        await Task.Delay(TimeSpan.FromMilliseconds(500));
        Assert.Empty(c.Drain());
    }

    [Fact(Timeout = 60_000)]
    public async Task Join_SameParticipantAgain_MovesItToTheNewAddressAndCodecOnTheSamePort()
    {
        await using var bridge = new ConferenceBridge(TestPortRanges.Options());
        await using var a = new FakeParticipant("a", G711Law.Pcmu);
        await using var b = new FakeParticipant("b", G711Law.Pcmu);
        await JoinAsync(bridge, "room", a);
        await JoinAsync(bridge, "room", b, LevelB);
        await AssertHearsAsync(a, b.Quantized(LevelB));

        await using var moved = new FakeParticipant("a", G711Law.Pcma);
        var firstPort = a.Bridge!.Port;
        await JoinAsync(bridge, "room", moved);

        Assert.Equal(firstPort, moved.Bridge!.Port);
        Assert.Equal(["a", "b"], bridge.Participants("room"));
        await AssertHearsAsync(moved, b.Quantized(LevelB));
        Assert.Equal(G711Law.Pcma, bridge.GetRoomStats("room")!.Participants[0].Law);
    }

    [Fact(Timeout = 60_000)]
    public async Task Join_BehindNat_SendsToWherePacketsComeFromNotTheSdpAddress()
    {
        await using var bridge = new ConferenceBridge(TestPortRanges.Options());
        await using var natted = new FakeParticipant("natted", G711Law.Pcmu);
        await using var sdpAddress = new FakeParticipant("sdp-address", G711Law.Pcmu);
        await using var other = new FakeParticipant("other", G711Law.Pcmu);

        // The offer names the "private" address; packets come from another one.
        natted.UseAnswer(await bridge.JoinAsync("room", natted.Id, natted.Offer(port: sdpAddress.Port)));
        await natted.StartSendingAsync(LevelA);
        await JoinAsync(bridge, "room", other, LevelB);

        await AssertHearsAsync(natted, other.Quantized(LevelB));
        var latched = bridge.GetRoomStats("room")!.Participants.Single(p => p.ParticipantId == "natted").RemoteEndPoint;
        Assert.Equal(new IPEndPoint(IPAddress.Loopback, natted.Port), latched);
    }

    [Fact(Timeout = 60_000)]
    public async Task Receive_MalformedAndForeignDatagrams_AreCountedAndMixingGoesOn()
    {
        await using var bridge = new ConferenceBridge(TestPortRanges.Options());
        await using var a = new FakeParticipant("a", G711Law.Pcmu);
        await using var b = new FakeParticipant("b", G711Law.Pcmu);
        await JoinAsync(bridge, "room", a);
        await JoinAsync(bridge, "room", b);

        b.SendRaw([]);
        b.SendRaw([0x12, 0x34]);
        b.SendRaw(new byte[200]); // version 0
        b.SendRaw([0x83, 0x00, 0x00, 0x01, 0, 0, 0, 0, 0, 0, 0, 1]); // CSRCs missing
        b.SendRaw(RtpPacketWriter.ToBytes(new RtpPacket { PayloadType = 101, Payload = new byte[4] })); // a DTMF event
        await b.StartSendingAsync(LevelB);

        await AssertHearsAsync(a, b.Quantized(LevelB));
        var stats = bridge.GetRoomStats("room")!.Participants.Single(p => p.ParticipantId == "b");
        Assert.True(stats.PacketsMalformed >= 3, $"malformed counted: {stats.PacketsMalformed}");
        Assert.True(stats.PacketsIgnored >= 1, $"ignored counted: {stats.PacketsIgnored}");
    }

    [Fact(Timeout = 60_000)]
    public async Task Join_RecvOnlyOffer_HearsTheMixButIsNotMixedIn()
    {
        await using var bridge = new ConferenceBridge(TestPortRanges.Options());
        await using var speaker = new FakeParticipant("speaker", G711Law.Pcmu);
        await using var listenOnly = new FakeParticipant("listen-only", G711Law.Pcma);
        await using var listener = new FakeParticipant("listener", G711Law.Pcmu);
        await JoinAsync(bridge, "room", speaker, LevelA);
        listenOnly.UseAnswer(await bridge.JoinAsync("room", listenOnly.Id, listenOnly.Offer(direction: "recvonly")));
        await listenOnly.StartSendingAsync(LevelB); // against its own offer: the bridge must not mix it
        await JoinAsync(bridge, "room", listener);

        await AssertHearsAsync(listenOnly, listenOnly.Quantized(speaker.Quantized(LevelA)));
        await AssertHearsAsync(listener, speaker.Quantized(LevelA));
        Assert.True(bridge.GetRoomStats("room")!.Participants.Single(p => p.ParticipantId == "listen-only").PacketsIgnored > 0);
    }
}
