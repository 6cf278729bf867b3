using Voice.Sip.Sdp;

namespace Voice.Sip.Tests.Sdp;

public class MediaDescriptionCodecTests
{
    [Fact]
    public void GetCodecs_AudioOffer_ReturnsPayloadTypesInOrderWithRtpmapAndFmtp()
    {
        var audio = SdpSamples.Parse(SdpSamples.AudioOfferIpv4).Media[0];

        var codecs = audio.GetCodecs();

        Assert.Equal(
            [
                new SdpCodec(0, "PCMU", 8000, null, null),
                new SdpCodec(8, "PCMA", 8000, null, null),
                new SdpCodec(101, "telephone-event", 8000, null, "0-16"),
            ],
            codecs);
    }

    [Fact]
    public void GetCodecs_StaticTypesWithoutRtpmap_UseRfc3551Table()
    {
        var audio = SdpSamples.Parse(SdpSamples.AudioOfferIpv6).Media[0];

        var codecs = audio.GetCodecs();

        Assert.Equal(["PCMA/8000", "PCMU/8000", "telephone-event/8000"], codecs.Select(c => c.Encoding));
    }

    [Theory]
    [InlineData("PCMU/8000", 0)]
    [InlineData("pcma", 8)]
    [InlineData("telephone-event", 101)]
    [InlineData("telephone-event/8000/1", 101)]
    public void FindCodec_ByEncodingName_FindsPayloadType(string encoding, int expected)
    {
        var audio = SdpSamples.Parse(SdpSamples.AudioOfferIpv4).Media[0];

        Assert.Equal(expected, audio.FindCodec(encoding)?.PayloadType);
    }

    [Theory]
    [InlineData("PCMU/16000")]
    [InlineData("G729")]
    [InlineData("telephone-event/8000/2")]
    public void FindCodec_NotOffered_ReturnsNull(string encoding)
    {
        var audio = SdpSamples.Parse(SdpSamples.AudioOfferIpv4).Media[0];

        Assert.Null(audio.FindCodec(encoding));
    }

    [Fact]
    public void RetainCodecs_ChosenSet_DropsOtherFormatsAndTheirAttributes()
    {
        var audio = SdpSamples.Parse(SdpSamples.AudioOfferIpv4).Media[0];
        audio.Attributes.Add(new SdpAttribute("rtcp-fb", "8 nack"));
        audio.Attributes.Add(new SdpAttribute("rtcp-fb", "* trr-int 100"));

        var removed = audio.RetainCodecs("PCMU/8000", "telephone-event");

        Assert.Equal(1, removed);
        Assert.Equal(["0", "101"], audio.Formats);
        Assert.Equal(
            ["rtpmap:0 PCMU/8000", "rtpmap:101 telephone-event/8000", "fmtp:101 0-16", "ptime:20", "sendrecv", "rtcp-fb:* trr-int 100"],
            audio.Attributes.Select(a => a.ToString()));
    }

    [Fact]
    public void RetainPayloadTypes_OnlyTelephoneEvent_KeepsItsFmtp()
    {
        var sdp = SdpSamples.Parse(SdpSamples.AudioOfferIpv4);
        var audio = sdp.Media[0];

        audio.RetainPayloadTypes([101]);

        Assert.Equal(["101"], audio.Formats);
        var codec = Assert.Single(audio.GetCodecs());
        Assert.Equal("0-16", codec.Parameters);
        var text = sdp.ToString();
        Assert.Contains("m=audio 49170 RTP/AVP 101\r\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain("PCMU", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Port_Set_IsWrittenOnMediaLine()
    {
        var sdp = SdpSamples.Parse(SdpSamples.AudioOfferIpv4);

        sdp.Media[0].Port = 30002;

        Assert.Contains("m=audio 30002 RTP/AVP 0 8 101\r\n", sdp.ToString(), StringComparison.Ordinal);
    }
}
