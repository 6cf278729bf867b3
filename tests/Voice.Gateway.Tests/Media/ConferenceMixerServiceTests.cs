using System.Net;
using Microsoft.Extensions.Options;
using Voice.Gateway.Media;
using Voice.Media.Conference;
using Voice.Runtime.Hosting;

namespace Voice.Gateway.Tests.Media;

/// <summary>The node's mixer service over a real bridge on loopback: answers, refusals as results, leave and close.</summary>
public sealed class ConferenceMixerServiceTests
{
    private const string Offer = "v=0\r\no=- 1 1 IN IP4 127.0.0.1\r\ns=-\r\nc=IN IP4 127.0.0.1\r\nt=0 0\r\nm=audio 30000 RTP/AVP 0 101\r\na=rtpmap:101 telephone-event/8000\r\n";
    private const string VideoOnly = "v=0\r\no=- 1 1 IN IP4 127.0.0.1\r\ns=-\r\nc=IN IP4 127.0.0.1\r\nt=0 0\r\nm=video 30002 RTP/AVP 96\r\n";

    [Fact]
    public async Task Join_OnThisNode_AnswersFromTheBridge_AndRefusalsComeBackAsResults()
    {
        await using var bridge = new ConferenceBridge(new ConferenceBridgeOptions
        {
            BindAddress = IPAddress.Loopback,
            AdvertisedAddress = "127.0.0.1",
            PortRangeStart = 41000,
            PortRangeEnd = 41099,
        });
        var mixer = new ConferenceMixerService(bridge, Options.Create(new GrainRuntimeOptions { NodeId = "n1" }));

        var joined = await mixer.JoinAsync("n1", "room", "a", Offer);
        var second = await mixer.JoinAsync("n1", "room", "b", Offer);
        var refused = await mixer.JoinAsync("n1", "room", "c", VideoOnly);
        var elsewhere = await mixer.JoinAsync("n2", "room", "d", Offer);
        await mixer.LeaveAsync("n1", "room", "a");
        var afterLeave = bridge.Participants("room");
        await mixer.CloseRoomAsync("n1", "room");

        Assert.True(joined.IsOk, joined.Error);
        Assert.Contains("c=IN IP4 127.0.0.1", joined.Answer, StringComparison.Ordinal);
        Assert.Matches(@"m=audio 410\d\d RTP/AVP 0 101", joined.Answer);
        Assert.True(second.IsOk);
        Assert.False(refused.IsOk);
        Assert.Contains("NoAudioStream", refused.Error, StringComparison.Ordinal);
        Assert.False(elsewhere.IsOk); // no address book: other nodes' rooms cannot be reached
        Assert.Equal(["b"], afterLeave);
        Assert.Empty(bridge.Participants("room"));
    }
}
