using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Options;
using Voice.Media.Codecs;
using Voice.Media.Conference;
using Voice.Media.Negotiation;
using Voice.Sip.Sdp;
using Xunit;

namespace Voice.Media.Tests.Conference;

public class ConferenceBridgeLifecycleTests
{
    private static bool CanBind(int port)
    {
        try
        {
            using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Dgram, ProtocolType.Udp);
            socket.Bind(new IPEndPoint(IPAddress.Loopback, port));
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    [Fact(Timeout = 30_000)]
    public async Task Join_Answer_UsesAnEvenPortOfTheRangeAndTheAdvertisedAddress()
    {
        var options = TestPortRanges.Options();
        options.AdvertisedAddress = "192.0.2.7";
        await using var bridge = new ConferenceBridge(options);

        var answer = SessionDescription.Parse(await bridge.JoinAsync("room", "a", Offers.Audio(30000, "8 0 101")));

        var audio = Assert.Single(answer.Media);
        Assert.InRange(audio.Port, options.PortRangeStart, options.PortRangeEnd);
        Assert.Equal(0, audio.Port % 2);
        Assert.False(CanBind(audio.Port), "the answered port is not bound by the bridge");
        Assert.Equal("192.0.2.7", answer.GetConnectionAddress(audio));
        Assert.Equal(["8", "101"], audio.Formats);
        Assert.Equal(SdpDirection.SendRecv, answer.GetEffectiveDirection(audio));
    }

    [Fact(Timeout = 30_000)]
    public async Task Join_AgainWithTheSameParticipant_IncrementsTheAnswerVersion()
    {
        await using var bridge = new ConferenceBridge(TestPortRanges.Options());

        var first = SessionDescription.Parse(await bridge.JoinAsync("room", "a", Offers.Audio(30000)));
        var second = SessionDescription.Parse(await bridge.JoinAsync("room", "a", Offers.Audio(30002, "8")));

        Assert.Equal(first.Origin.SessionId, second.Origin.SessionId);
        Assert.Equal(first.Origin.SessionVersion + 1, second.Origin.SessionVersion);
        Assert.Equal(first.Media[0].Port, second.Media[0].Port);
        Assert.Equal(["8"], second.Media[0].Formats);
        Assert.Single(bridge.Participants("room"));
    }

    [Theory(Timeout = 30_000)]
    [InlineData("m=video", OfferRejectionReason.NoAudioStream)]
    [InlineData("G729", OfferRejectionReason.NoSupportedCodec)]
    public async Task Join_UnusableOffer_IsRefusedAndOpensNoRoom(string kind, OfferRejectionReason reason)
    {
        await using var bridge = new ConferenceBridge(TestPortRanges.Options());
        var offer = kind == "G729" ? Offers.Audio(30000, "18") : Offers.Audio(30000).Replace("m=audio", "m=video", StringComparison.Ordinal);

        var refused = await Assert.ThrowsAsync<MediaOfferRejectedException>(() => bridge.JoinAsync("room", "a", offer));

        Assert.Equal(reason, refused.Reason);
        Assert.Empty(bridge.Rooms);
        Assert.Empty(bridge.Participants("room"));
    }

    [Fact(Timeout = 30_000)]
    public async Task Join_RangeExhausted_IsRefusedUntilAPortIsReleased()
    {
        var options = TestPortRanges.Options(ports: 4);
        await using var bridge = new ConferenceBridge(options);
        var ports = new List<int>();
        foreach (var id in new[] { "a", "b" })
        {
            ports.Add(SessionDescription.Parse(await bridge.JoinAsync("room", id, Offers.Audio(30000))).Media[0].Port);
        }

        await Assert.ThrowsAsync<MediaPortsExhaustedException>(() => bridge.JoinAsync("room", "c", Offers.Audio(30000)));
        Assert.Equal([options.PortRangeStart, options.PortRangeStart + 2], ports.Order());

        await bridge.LeaveAsync("room", "a");
        Assert.True(CanBind(ports[0]), "the port of the participant who left is still bound");
        var reused = SessionDescription.Parse(await bridge.JoinAsync("room", "c", Offers.Audio(30000))).Media[0].Port;
        Assert.Equal(ports[0], reused);
    }

    [Fact(Timeout = 30_000)]
    public async Task CloseRoom_WithParticipants_FreesEveryPortAndForgetsTheRoom()
    {
        await using var bridge = new ConferenceBridge(TestPortRanges.Options());
        var ports = new List<int>();
        foreach (var id in new[] { "a", "b", "c" })
        {
            ports.Add(SessionDescription.Parse(await bridge.JoinAsync("room", id, Offers.Audio(30000))).Media[0].Port);
        }

        await bridge.CloseRoomAsync("room");

        Assert.Empty(bridge.Rooms);
        Assert.Empty(bridge.Participants("room"));
        Assert.Null(bridge.GetRoomStats("room"));
        Assert.All(ports, p => Assert.True(CanBind(p), $"port {p} still bound"));
    }

    [Fact(Timeout = 30_000)]
    public async Task Leave_LastParticipant_ClosesTheRoomAndUnknownIdsAreIgnored()
    {
        await using var bridge = new ConferenceBridge(TestPortRanges.Options());
        await bridge.JoinAsync("room", "a", Offers.Audio(30000));

        await bridge.LeaveAsync("room", "nobody");
        await bridge.LeaveAsync("elsewhere", "a");
        Assert.Equal(["room"], bridge.Rooms);

        await bridge.LeaveAsync("room", "a");
        Assert.Empty(bridge.Rooms);
    }

    [Fact(Timeout = 30_000)]
    public async Task Dispose_ClosesEveryRoomAndRefusesLaterJoins()
    {
        var bridge = new ConferenceBridge(TestPortRanges.Options());
        var port = SessionDescription.Parse(await bridge.JoinAsync("room", "a", Offers.Audio(30000))).Media[0].Port;

        await bridge.DisposeAsync();

        Assert.True(CanBind(port));
        await Assert.ThrowsAsync<ObjectDisposedException>(() => bridge.JoinAsync("room", "a", Offers.Audio(30000)));
    }

    [Fact]
    public void Constructor_WildcardBindWithoutAdvertisedAddress_IsRefused()
    {
        var options = new ConferenceBridgeOptions { BindAddress = IPAddress.Any, Packetization = TimeSpan.FromMilliseconds(25) };

        var refused = Assert.Throws<OptionsValidationException>(() => new ConferenceBridge(options));

        Assert.Contains(refused.Failures, f => f.Contains("AdvertisedAddress", StringComparison.Ordinal));
        Assert.Contains(refused.Failures, f => f.Contains("Packetization", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_RangeWithoutEvenPort_Fails()
    {
        var options = new ConferenceBridgeOptions { BindAddress = IPAddress.Loopback, PortRangeStart = 20001, PortRangeEnd = 20001 };

        Assert.True(new ConferenceBridgeOptionsValidator().Validate(null, options).Failed);
        Assert.True(new ConferenceBridgeOptionsValidator().Validate(null, new ConferenceBridgeOptions { BindAddress = IPAddress.Loopback }).Succeeded);
    }

    [Fact]
    public void Quantized_Levels_DifferByLaw()
    {
        // Guards the mixing tests' expectations: they compute levels through each participant's own law.
        Assert.Equal(988, G711MuLaw.Decode(G711MuLaw.Encode(1000)));
        Assert.Equal(1008, G711ALaw.Decode(G711ALaw.Encode(1000)));
    }
}
