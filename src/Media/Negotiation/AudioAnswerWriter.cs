using System.Globalization;
using Voice.Media.Codecs;
using Voice.Sip.Sdp;

namespace Voice.Media.Negotiation;

/// <summary>
/// Writes the SDP answer to an <see cref="AudioOffer"/> (RFC 3264 §6): one m= line per offered one, in the
/// same order; the accepted audio stream carries the chosen codec and telephone-event if offered, every
/// other stream is refused with port 0.
/// </summary>
public static class AudioAnswerWriter
{
    /// <param name="address">The address the bridge's RTP socket is reachable at (IPv4 or IPv6 literal).</param>
    /// <param name="sessionVersion">RFC 3264 §8: one higher in each new answer of the same session.</param>
    public static string Write(AudioOffer offer, string address, int port, string sessionId, ulong sessionVersion, TimeSpan packetization)
    {
        var connection = SdpConnection.ForAddress(address);
        var answer = new SessionDescription(new SdpOrigin("-", sessionId, sessionVersion, "IN", connection.AddrType, address))
        {
            Connection = connection,
        };
        answer.Timings.Add(new SdpTiming("0", "0"));
        for (var i = 0; i < offer.Description.Media.Count; i++)
        {
            var offered = offer.Description.Media[i];
            answer.Media.Add(i == offer.MediaIndex
                ? AcceptedAudio(offer, offered.Protocol, port, packetization)
                : new MediaDescription(offered.Media, 0, offered.Protocol, offered.Formats));
        }

        return answer.ToString();
    }

    private static MediaDescription AcceptedAudio(AudioOffer offer, string protocol, int port, TimeSpan packetization)
    {
        var audio = offer.Audio;
        var formats = new List<string> { Invariant(audio.PayloadType) };
        if (audio.TelephoneEventPayloadType is { } te)
        {
            formats.Add(Invariant(te));
        }

        var media = new MediaDescription("audio", port, protocol, formats);
        media.Attributes.Add(new SdpAttribute("rtpmap", $"{Invariant(audio.PayloadType)} {G711.EncodingName(audio.Law)}/{Invariant(G711.ClockRate)}"));
        if (audio.TelephoneEventPayloadType is { } events)
        {
            media.Attributes.Add(new SdpAttribute("rtpmap", $"{Invariant(events)} telephone-event/8000"));

            // RFC 4733 §7.1.1: without fmtp the events are 0-15; echo what was offered, else say so.
            media.Attributes.Add(new SdpAttribute("fmtp", $"{Invariant(events)} {offer.TelephoneEventFormat ?? "0-15"}"));
        }

        media.Attributes.Add(new SdpAttribute("ptime", Invariant((int)packetization.TotalMilliseconds)));
        media.SetDirection(audio.Direction);
        return media;
    }

    private static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);
}
