using System.Net.Sockets;
using Voice.Media.Codecs;
using Voice.Media.Mixing;
using Voice.Media.Rtp;

namespace Voice.Media.Conference;

/// <summary>
/// The tick side, only ever run by the room's mixing period (one at a time): take this participant's next
/// frame, and send it the room's sum minus that frame as its own RTP stream.
/// </summary>
internal sealed partial class ConferenceParticipant
{
    private readonly short[] _mix;
    private readonly byte[] _payload;
    private readonly byte[] _datagram;
    private readonly uint _ssrc;
    private ushort _sequence;
    private uint _timestamp;
    private bool _started;
    private long _packetsSent;
    private long _lastSentTicks;

    /// <summary>This period's decoded audio from the participant (silence when it has none).</summary>
    public short[] Frame { get; }

    /// <summary>Whether <see cref="Frame"/> holds audio that went into the room's sum this period.</summary>
    public bool Contributes { get; private set; }

    /// <summary>Reads this period's frame from the jitter queue; false when there is nothing to mix in.</summary>
    public bool TakeFrame()
    {
        Contributes = _jitter.TryReadFrame(Frame) && _audio.Receives;
        return Contributes;
    }

    public void SendMix(ReadOnlySpan<int> total)
    {
        // RFC 3550 §5.1: the timestamp follows the sampling clock, so it advances even for periods not sent.
        var timestamp = _timestamp;
        _timestamp += (uint)Frame.Length;
        var audio = _audio;
        if (!audio.Sends || _remote is not { } remote)
        {
            return;
        }

        AudioMixer.MixExcluding(total, Contributes ? Frame : [], _mix);
        G711.Encode(audio.Law, _mix, _payload);
        var packet = new RtpPacket
        {
            // RFC 3551 §4.1: the marker flags the first packet of a talkspurt; the stream starts as one.
            Marker = !_started,
            PayloadType = (byte)audio.PayloadType,
            SequenceNumber = _sequence,
            Timestamp = timestamp,
            Ssrc = _ssrc,
            Payload = _payload,
        };
        var length = RtpPacketWriter.Write(packet, _datagram);
        try
        {
            _socket.SendTo(_datagram.AsSpan(0, length), SocketFlags.None, remote);
            _sequence++;
            _started = true;
            Interlocked.Increment(ref _packetsSent);
            Interlocked.Exchange(ref _lastSentTicks, _time.GetUtcNow().UtcTicks);
        }
        catch (SocketException e)
        {
            Interlocked.Increment(ref _socketErrors);
            Log.SendFailed(_logger, e, Id, _roomId, remote);
        }
    }
}
