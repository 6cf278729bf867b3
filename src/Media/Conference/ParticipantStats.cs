using System.Net;
using Voice.Media.Codecs;

namespace Voice.Media.Conference;

/// <summary>A snapshot of one participant's stream, for tests and metrics.</summary>
/// <param name="RemoteEndPoint">Where its mix goes: the SDP address, or the latched source of its packets.</param>
/// <param name="PacketsReceived">Valid RTP packets of the negotiated audio payload type.</param>
/// <param name="PacketsMalformed">Datagrams that were not valid RTP.</param>
/// <param name="PacketsIgnored">Valid RTP of another payload type (telephone-event included), or while not receiving.</param>
/// <param name="PacketsDiscarded">Audio dropped by the jitter queue as late, duplicate or overflowing.</param>
/// <param name="SocketErrors">Failed sends and receives.</param>
public sealed record ParticipantStats(
    string ParticipantId,
    int LocalPort,
    G711Law Law,
    IPEndPoint? RemoteEndPoint,
    long PacketsReceived,
    long PacketsSent,
    long PacketsMalformed,
    long PacketsIgnored,
    long PacketsDiscarded,
    long SocketErrors,
    DateTimeOffset? LastPacketReceivedAt,
    DateTimeOffset? LastPacketSentAt);
