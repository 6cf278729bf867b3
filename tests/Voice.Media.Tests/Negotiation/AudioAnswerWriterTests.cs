using Voice.Media.Negotiation;
using Voice.Sip.Sdp;
using Xunit;

namespace Voice.Media.Tests.Negotiation;

public class AudioAnswerWriterTests
{
    private static SessionDescription Answer(string offer, string address = "192.0.2.10", int port = 40002, ulong version = 1)
    {
        var text = AudioAnswerWriter.Write(AudioOfferNegotiator.Negotiate(offer), address, port, "99", version, TimeSpan.FromMilliseconds(20));
        return SessionDescription.Parse(text);
    }

    [Fact]
    public void Write_AudioOffer_AnswersWithTheChosenCodecPortAndAddress()
    {
        var answer = Answer(Offers.Audio(30000, "8 0 101"));

        var audio = Assert.Single(answer.Media);
        Assert.Equal("audio", audio.Media);
        Assert.Equal(40002, audio.Port);
        Assert.Equal("RTP/AVP", audio.Protocol);
        Assert.Equal(["8", "101"], audio.Formats);
        Assert.Equal("192.0.2.10", answer.GetConnectionAddress(audio));
        Assert.Equal("192.0.2.10", answer.Origin.Address);
        Assert.Equal("PCMA/8000", audio.GetCodecs()[0].Encoding);
        Assert.Equal("0-16", audio.FindCodec("telephone-event/8000")!.Parameters);
        Assert.Equal("20", audio.GetAttributeValue("ptime"));
        Assert.Equal(SdpDirection.SendRecv, answer.GetEffectiveDirection(audio));
    }

    [Fact]
    public void Write_NoTelephoneEventOffered_AnswersWithout()
    {
        var audio = Answer(Offers.Audio(30000, "0")).Media[0];

        Assert.Equal(["0"], audio.Formats);
        Assert.Null(audio.FindCodec("telephone-event"));
    }

    [Fact]
    public void Write_SendOnlyOffer_AnswersRecvOnly()
    {
        var answer = Answer(Offers.Audio(30000, direction: "sendonly"));

        Assert.Equal(SdpDirection.RecvOnly, answer.GetEffectiveDirection(answer.Media[0]));
    }

    [Fact]
    public void Write_ExtraStreams_AreRefusedWithPortZeroInOfferOrder()
    {
        var offer = Offers.Audio(30000, extraMedia: "m=video 30002 RTP/AVP 96\r\na=rtpmap:96 H264/90000\r\nm=audio 30004 RTP/AVP 0\r\n");

        var answer = Answer(offer);

        Assert.Equal(3, answer.Media.Count);
        Assert.Equal(40002, answer.Media[0].Port);
        Assert.Equal(("video", 0), (answer.Media[1].Media, answer.Media[1].Port));
        Assert.Equal(("audio", 0), (answer.Media[2].Media, answer.Media[2].Port));
    }

    [Fact]
    public void Write_Ipv6Address_UsesAnIp6Connection()
    {
        var answer = Answer(Offers.Audio(30000), address: "2001:db8::10", version: 3);

        Assert.Equal("IP6", answer.Connection!.AddrType);
        Assert.Equal(3ul, answer.Origin.SessionVersion);
    }
}
