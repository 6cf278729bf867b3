using System.Text;
using Voice.Sip.Message;
using Voice.Sip.Sdp;

namespace Voice.Sip.Tests.Sdp;

public class SessionDescriptionParsingTests
{
    [Fact]
    public void TryParse_Ipv4AudioOffer_ReadsOriginConnectionAndMedia()
    {
        var sdp = SdpSamples.Parse(SdpSamples.AudioOfferIpv4);

        Assert.Equal("alice", sdp.Origin.Username);
        Assert.Equal("2890844526", sdp.Origin.SessionId);
        Assert.Equal(2890844526UL, sdp.Origin.SessionVersion);
        Assert.Equal(("IN", "IP4", "192.0.2.10"), (sdp.Origin.NetType, sdp.Origin.AddrType, sdp.Origin.Address));
        Assert.Equal("-", sdp.SessionName);
        Assert.Equal(new SdpConnection("IN", "IP4", "192.0.2.10"), sdp.Connection);
        var timing = Assert.Single(sdp.Timings);
        Assert.Equal(("0", "0"), (timing.Start, timing.Stop));
        var audio = Assert.Single(sdp.Media);
        Assert.Equal(("audio", 49170, "RTP/AVP"), (audio.Media, audio.Port, audio.Protocol));
        Assert.Null(audio.PortCount);
        Assert.Equal(["0", "8", "101"], audio.Formats);
        Assert.Equal(6, audio.Attributes.Count);
        Assert.Equal(new SdpAttribute("rtpmap", "0 PCMU/8000"), audio.Attributes[0]);
        Assert.Equal(new SdpAttribute("sendrecv"), audio.Attributes[5]);
    }

    [Fact]
    public void TryParse_Ipv6OfferWithBareLf_ReadsMediaLevelConnection()
    {
        var text = SdpSamples.AudioOfferIpv6.Replace("\r\n", "\n", StringComparison.Ordinal);

        var sdp = SdpSamples.Parse(text);

        Assert.Null(sdp.Connection);
        Assert.Equal(new SdpConnection("IN", "IP6", "2001:db8::1"), sdp.Media[0].Connection);
        Assert.Equal("IP6", sdp.Origin.AddrType);
    }

    [Fact]
    public void TryParse_FullDescription_KeepsEveryLineType()
    {
        var sdp = SdpSamples.Parse(SdpSamples.Full);

        Assert.Equal("A Seminar on the session description protocol", sdp.Information);
        Assert.Equal("http://www.example.com/seminars/sdp.pdf", sdp.Uri);
        Assert.Equal(["j.doe@example.com (Jane Doe)"], sdp.Emails);
        Assert.Equal(["+1 617 555-6011"], sdp.Phones);
        Assert.Equal([new SdpBandwidth("CT", 128)], sdp.Bandwidths);
        Assert.Equal(["7d 1h 0 25h"], sdp.Timings[0].Repeats);
        Assert.Equal("2882844526 -1h 2898848070 0", sdp.TimeZones);
        Assert.Equal("prompt", sdp.EncryptionKey);
        Assert.Equal([new SdpLine('x', "session-level-unknown", 0), new SdpLine('y', "between attributes", 1)], sdp.OtherLines);
        var audio = sdp.Media[0];
        Assert.Equal(2, audio.PortCount);
        Assert.Equal("voice", audio.Information);
        Assert.Equal("224.2.17.13/127", audio.Connection!.Address);
        Assert.Equal([new SdpConnection("IN", "IP4", "224.2.17.14/127")], audio.AdditionalConnections);
        Assert.Empty(audio.OtherLines);
        Assert.Equal([new SdpBandwidth("AS", 64)], audio.Bandwidths);
        Assert.Equal(0, sdp.Media[1].Port);
        Assert.Equal([new SdpLine('w', "trailing unknown", 1)], sdp.Media[1].OtherLines);
    }

    [Theory]
    [InlineData(SdpSamples.AudioOfferIpv4)]
    [InlineData(SdpSamples.AudioOfferIpv6)]
    [InlineData(SdpSamples.Full)]
    public void ToBytes_ParsedDescription_ReproducesInputExactly(string text)
    {
        var sdp = SdpSamples.Parse(text);

        Assert.Equal(text, Encoding.UTF8.GetString(sdp.ToBytes()));
        Assert.Equal(text, sdp.ToString());
    }

    [Fact]
    public void ToBytes_LfInput_WritesCrlf()
    {
        var sdp = SdpSamples.Parse(SdpSamples.AudioOfferIpv4.Replace("\r\n", "\n", StringComparison.Ordinal));

        Assert.Equal(SdpSamples.AudioOfferIpv4, sdp.ToString());
    }

    [Fact]
    public void TryParse_SipMessageBody_ParsesFromMemorySlice()
    {
        var bytes = Encoding.UTF8.GetBytes("HEADER" + SdpSamples.AudioOfferIpv4);

        Assert.True(SessionDescription.TryParse(bytes.AsMemory(6), out var sdp, out var error));

        Assert.Equal(SipError.None, error);
        Assert.Equal(49170, sdp!.Media[0].Port);
    }

    [Fact]
    public void Clone_ModifiedCopy_LeavesOriginalUntouched()
    {
        var original = SdpSamples.Parse(SdpSamples.Full);

        var copy = original.Clone();
        copy.Media[0].Attributes.Clear();
        copy.Timings[0].Repeats.Clear();
        copy.Origin.SessionVersion = 1;

        Assert.Equal(SdpSamples.Full, original.ToString());
    }
}
