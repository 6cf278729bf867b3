using System.Net;
using System.Text;
using Voice.Media.Codecs;
using Voice.Sip.Sdp;

namespace Voice.Media.Negotiation;

/// <summary>
/// Picks the audio stream and codec the bridge accepts from an SDP offer (RFC 3264 §6): the first active
/// audio m= line over plain RTP that offers PCMU/8000 or PCMA/8000, the codec being whichever of the two the
/// offer lists first (its preference order, RFC 3264 §5.1).
/// </summary>
public static class AudioOfferNegotiator
{
    // Plain RTP profiles only: SRTP (SAVP, SAVPF, UDP/TLS/...) needs keys the bridge does not have.
    private static readonly string[] PlainRtpProfiles = ["RTP/AVP", "RTP/AVPF"];

    /// <exception cref="MediaOfferRejectedException">The offer cannot be answered; the reason says why.</exception>
    public static AudioOffer Negotiate(string offerSdp)
    {
        if (!SessionDescription.TryParse(Encoding.UTF8.GetBytes(offerSdp), out var description, out _, out var detail))
        {
            throw new MediaOfferRejectedException(OfferRejectionReason.MalformedSdp, detail ?? "not SDP");
        }

        var audio = description.Media
            .Select((media, index) => (media, index))
            .Where(m => string.Equals(m.media.Media, "audio", StringComparison.OrdinalIgnoreCase) && m.media.Port != 0)
            .ToList();
        if (audio.Count == 0)
        {
            throw new MediaOfferRejectedException(OfferRejectionReason.NoAudioStream, "the offer has no active audio stream (m=audio with a non-zero port)");
        }

        var plain = audio.Where(m => PlainRtpProfiles.Contains(m.media.Protocol, StringComparer.OrdinalIgnoreCase)).ToList();
        if (plain.Count == 0)
        {
            throw new MediaOfferRejectedException(OfferRejectionReason.UnsupportedTransport,
                $"audio is offered over {audio[0].media.Protocol}; the bridge speaks only RTP/AVP and RTP/AVPF");
        }

        foreach (var (media, index) in plain)
        {
            if (FindG711(media) is { } codec)
            {
                return Accept(description, media, index, codec);
            }
        }

        var offered = string.Join(", ", plain.SelectMany(m => m.media.GetCodecs()).Select(c => c.Encoding).Distinct());
        throw new MediaOfferRejectedException(OfferRejectionReason.NoSupportedCodec,
            $"the audio stream offers {(offered.Length == 0 ? "no known codec" : offered)}; the bridge needs PCMU/8000 or PCMA/8000");
    }

    private static SdpCodec? FindG711(MediaDescription media) =>
        media.GetCodecs().FirstOrDefault(c => c.Matches("PCMU/8000") || c.Matches("PCMA/8000"));

    private static AudioOffer Accept(SessionDescription description, MediaDescription media, int index, SdpCodec codec)
    {
        var address = description.GetConnectionAddress(media)
            ?? throw new MediaOfferRejectedException(OfferRejectionReason.MalformedSdp, "no c= line at session level or for the audio stream");
        if (!IPAddress.TryParse(address, out var ip))
        {
            throw new MediaOfferRejectedException(OfferRejectionReason.UnsupportedAddress, $"connection address '{address}' is not an IP address literal");
        }

        var law = codec.Matches("PCMA") ? G711Law.Pcma : G711Law.Pcmu;
        var telephoneEvent = media.FindCodec("telephone-event/8000");
        var remote = ip.Equals(IPAddress.Any) ? null : new IPEndPoint(ip, media.Port);
        var audio = new NegotiatedAudio(law, codec.PayloadType, telephoneEvent?.PayloadType, remote, Answer(description.GetEffectiveDirection(media)));
        return new AudioOffer(description, index, audio, telephoneEvent?.Parameters);
    }

    // RFC 3264 §6.1: the answer mirrors the offer's direction.
    private static SdpDirection Answer(SdpDirection offered) => offered switch
    {
        SdpDirection.SendOnly => SdpDirection.RecvOnly,
        SdpDirection.RecvOnly => SdpDirection.SendOnly,
        SdpDirection.Inactive => SdpDirection.Inactive,
        _ => SdpDirection.SendRecv,
    };
}
