using Voice.Sip.Sdp;

namespace Voice.Sip.Tests.Sdp;

public class SessionDescriptionMediaTests
{
    [Fact]
    public void GetConnectionAddress_NoMediaLevelLine_UsesSessionLevel()
    {
        var sdp = SdpSamples.Parse(SdpSamples.AudioOfferIpv4);

        Assert.Equal("192.0.2.10", sdp.GetConnectionAddress(sdp.Media[0]));
    }

    [Fact]
    public void GetConnectionAddress_MediaLevelLine_OverridesSessionLevel()
    {
        var sdp = SdpSamples.Parse(SdpSamples.AudioOfferIpv4);

        sdp.Media[0].SetConnectionAddress("2001:db8::7");

        Assert.Equal(new SdpConnection("IN", "IP6", "2001:db8::7"), sdp.GetEffectiveConnection(sdp.Media[0]));
        Assert.Equal("192.0.2.10", sdp.Connection!.Address);
    }

    [Fact]
    public void SetConnectionAddress_Session_RewritesSessionAndMediaLevelLines()
    {
        var sdp = SdpSamples.Parse(SdpSamples.AudioOfferIpv6);

        sdp.SetConnectionAddress("198.51.100.4");

        Assert.Equal(new SdpConnection("IN", "IP4", "198.51.100.4"), sdp.Connection);
        Assert.Equal(new SdpConnection("IN", "IP4", "198.51.100.4"), sdp.Media[0].Connection);
        Assert.Contains("c=IN IP4 198.51.100.4\r\n", sdp.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("2001:db8::1\r\nt=", sdp.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", "", SdpDirection.SendRecv)]
    [InlineData("a=recvonly\r\n", "", SdpDirection.RecvOnly)]
    [InlineData("a=recvonly\r\n", "a=inactive\r\n", SdpDirection.Inactive)]
    [InlineData("", "a=sendonly\r\n", SdpDirection.SendOnly)]
    public void GetEffectiveDirection_SessionAndMediaAttributes_MediaLevelWins(string session, string media, SdpDirection expected)
    {
        var sdp = SdpSamples.Parse(
            "v=0\r\no=- 1 1 IN IP4 192.0.2.1\r\ns=-\r\nc=IN IP4 192.0.2.1\r\nt=0 0\r\n" + session + "m=audio 4000 RTP/AVP 0\r\n" + media);

        Assert.Equal(expected, sdp.GetEffectiveDirection(sdp.Media[0]));
    }

    [Fact]
    public void SetDirection_ExistingAttribute_ReplacedInPlace()
    {
        var sdp = SdpSamples.Parse(SdpSamples.AudioOfferIpv4.Replace("a=ptime:20\r\na=sendrecv", "a=sendrecv\r\na=ptime:20", StringComparison.Ordinal));
        var audio = sdp.Media[0];

        audio.SetDirection(SdpDirection.RecvOnly);

        Assert.Equal(SdpDirection.RecvOnly, audio.ExplicitDirection);
        Assert.Equal(new SdpAttribute("recvonly"), audio.Attributes[4]);
        Assert.Single(audio.Attributes, a => a.Value is null);
    }

    [Fact]
    public void SetDirection_Null_RemovesAttributeSoSessionDefaultApplies()
    {
        var sdp = SdpSamples.Parse(SdpSamples.AudioOfferIpv4);
        sdp.SetDirection(SdpDirection.Inactive);

        sdp.Media[0].SetDirection(null);

        Assert.Null(sdp.Media[0].ExplicitDirection);
        Assert.Equal(SdpDirection.Inactive, sdp.GetEffectiveDirection(sdp.Media[0]));
        Assert.Equal(SdpDirection.Inactive, sdp.Direction);
    }
}
