using System.Net;
using Voice.Media.Codecs;
using Voice.Sip.Sdp;

namespace Voice.Media.Negotiation;

/// <summary>
/// What an accepted offer fixes for one participant's audio stream.
/// <see cref="Direction"/> is the bridge's side, as written in the answer.
/// </summary>
/// <param name="RemoteEndPoint">Where the offer asks RTP to go; null for the RFC 2543 hold address 0.0.0.0.</param>
/// <param name="TelephoneEventPayloadType">The RFC 4733 payload type kept in the answer; its packets are dropped.</param>
public sealed record NegotiatedAudio(
    G711Law Law,
    int PayloadType,
    int? TelephoneEventPayloadType,
    IPEndPoint? RemoteEndPoint,
    SdpDirection Direction)
{
    /// <summary>The bridge sends the mix to this participant.</summary>
    public bool Sends => Direction is SdpDirection.SendRecv or SdpDirection.SendOnly;

    /// <summary>The bridge mixes what this participant sends into the others' audio.</summary>
    public bool Receives => Direction is SdpDirection.SendRecv or SdpDirection.RecvOnly;
}
