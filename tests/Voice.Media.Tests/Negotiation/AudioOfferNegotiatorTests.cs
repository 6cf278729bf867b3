using System.Net;
using Voice.Media.Codecs;
using Voice.Media.Negotiation;
using Voice.Sip.Sdp;
using Xunit;

namespace Voice.Media.Tests.Negotiation;

public class AudioOfferNegotiatorTests
{
    [Theory]
    [InlineData("0 8 101", G711Law.Pcmu, 0)]
    [InlineData("8 0 101", G711Law.Pcma, 8)]
    [InlineData("18 96 8", G711Law.Pcma, 8)]
    public void Negotiate_G711Offered_PicksTheFirstG711InOfferOrder(string formats, G711Law law, int payloadType)
    {
        var offer = AudioOfferNegotiator.Negotiate(Offers.Audio(30000, formats));

        Assert.Equal(law, offer.Audio.Law);
        Assert.Equal(payloadType, offer.Audio.PayloadType);
        Assert.Equal(new IPEndPoint(IPAddress.Loopback, 30000), offer.Audio.RemoteEndPoint);
    }

    [Fact]
    public void Negotiate_TelephoneEventOffered_KeepsItsPayloadTypeAndFormat()
    {
        var offer = AudioOfferNegotiator.Negotiate(Offers.Audio(30000, "0 101"));

        Assert.Equal(101, offer.Audio.TelephoneEventPayloadType);
        Assert.Equal("0-16", offer.TelephoneEventFormat);
        Assert.Null(AudioOfferNegotiator.Negotiate(Offers.Audio(30000, "0")).Audio.TelephoneEventPayloadType);
    }

    [Theory]
    [InlineData("sendrecv", SdpDirection.SendRecv, true, true)]
    [InlineData("sendonly", SdpDirection.RecvOnly, false, true)]
    [InlineData("recvonly", SdpDirection.SendOnly, true, false)]
    [InlineData("inactive", SdpDirection.Inactive, false, false)]
    public void Negotiate_Direction_IsMirroredInTheAnswer(string offered, SdpDirection answered, bool sends, bool receives)
    {
        var audio = AudioOfferNegotiator.Negotiate(Offers.Audio(30000, direction: offered)).Audio;

        Assert.Equal(answered, audio.Direction);
        Assert.Equal(sends, audio.Sends);
        Assert.Equal(receives, audio.Receives);
    }

    [Fact]
    public void Negotiate_LegacyHoldAddress_HasNoRemoteEndPoint() =>
        Assert.Null(AudioOfferNegotiator.Negotiate(Offers.Audio(30000, address: "0.0.0.0")).Audio.RemoteEndPoint);

    [Fact]
    public void Negotiate_VideoBeforeAudio_AcceptsTheAudioStream()
    {
        var video = "m=video 30002 RTP/AVP 96\r\na=rtpmap:96 H264/90000\r\n";
        var text = Offers.Audio(30000).Replace("m=audio", video + "m=audio", StringComparison.Ordinal);

        Assert.Equal(1, AudioOfferNegotiator.Negotiate(text).MediaIndex);
    }

    public static TheoryData<string, OfferRejectionReason> Refused => new()
    {
        { "this is not SDP", OfferRejectionReason.MalformedSdp },
        { Offers.Audio(30000).Replace("m=audio", "m=video", StringComparison.Ordinal), OfferRejectionReason.NoAudioStream },
        { Offers.Audio(0), OfferRejectionReason.NoAudioStream },
        { Offers.Audio(30000, "18 96 101"), OfferRejectionReason.NoSupportedCodec },
        { Offers.Audio(30000, protocol: "RTP/SAVP"), OfferRejectionReason.UnsupportedTransport },
        { Offers.Audio(30000, address: "phone.example.com"), OfferRejectionReason.UnsupportedAddress },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public void Negotiate_UnusableOffer_IsRefusedWithTheReason(string offer, OfferRejectionReason reason)
    {
        var refused = Assert.Throws<MediaOfferRejectedException>(() => AudioOfferNegotiator.Negotiate(offer));

        Assert.Equal(reason, refused.Reason);
        Assert.Contains(reason.ToString(), refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Negotiate_CodecLessOffer_SaysWhatWasOffered()
    {
        var refused = Assert.Throws<MediaOfferRejectedException>(() => AudioOfferNegotiator.Negotiate(Offers.Audio(30000, "18")));

        Assert.Contains("G729/8000", refused.Message, StringComparison.Ordinal);
        Assert.Contains("PCMU/8000 or PCMA/8000", refused.Message, StringComparison.Ordinal);
    }
}
