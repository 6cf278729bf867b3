using System.Net;
using System.Net.Sockets;
using Voice.Media.Codecs;
using Voice.Media.Rtp;

namespace Voice.Media.Conference;

/// <summary>The receive side: datagrams in, validated, decoded into the jitter queue. Nothing escapes the loop.</summary>
internal sealed partial class ConferenceParticipant
{
    // Larger than any G.711 packet a sane peer sends (60 ms = 480 bytes); bigger datagrams are not RTP audio.
    private const int ReceiveBufferSize = 8192;

    private long _packetsReceived;
    private long _packetsMalformed;
    private long _packetsIgnored;
    private long _socketErrors;
    private long _lastReceivedTicks;

    private async Task ReceiveLoopAsync()
    {
        var buffer = new byte[ReceiveBufferSize];
        var samples = new short[ReceiveBufferSize];
        EndPoint anySource = new IPEndPoint(_socket.AddressFamily == AddressFamily.InterNetworkV6 ? IPAddress.IPv6Any : IPAddress.Any, 0);
        while (!_stop.IsCancellationRequested)
        {
            SocketReceiveFromResult received;
            try
            {
                received = await _socket.ReceiveFromAsync(buffer, SocketFlags.None, anySource, _stop.Token);
            }
            catch (Exception e) when (_stop.IsCancellationRequested && e is OperationCanceledException or ObjectDisposedException or SocketException)
            {
                break;
            }
            catch (SocketException e)
            {
                // E.g. an ICMP error reported on the socket: the next datagram may be fine.
                Interlocked.Increment(ref _socketErrors);
                Log.ReceiveFailed(_logger, e, Id, _roomId);
                continue;
            }

            try
            {
                OnDatagram(buffer.AsMemory(0, received.ReceivedBytes), (IPEndPoint)received.RemoteEndPoint, samples);
            }
            catch (Exception e)
            {
                Interlocked.Increment(ref _packetsMalformed);
                Log.PacketFailed(_logger, e, Id, _roomId);
            }
        }
    }

    private void OnDatagram(ReadOnlyMemory<byte> datagram, IPEndPoint source, short[] samples)
    {
        if (!RtpPacketReader.TryParse(datagram, out var packet, out var error))
        {
            Interlocked.Increment(ref _packetsMalformed);
            Log.Malformed(_logger, Id, _roomId, datagram.Length, source, error);
            return;
        }

        var audio = _audio;
        if (packet.PayloadType == audio.PayloadType)
        {
            Latch(source);
            Interlocked.Increment(ref _packetsReceived);
            Interlocked.Exchange(ref _lastReceivedTicks, _time.GetUtcNow().UtcTicks);
            if (!audio.Receives)
            {
                Interlocked.Increment(ref _packetsIgnored);
                return;
            }

            var decoded = samples.AsSpan(0, packet.Payload.Length);
            G711.Decode(audio.Law, packet.Payload.Span, decoded);
            _jitter.Push(packet.Ssrc, packet.SequenceNumber, decoded);
            return;
        }

        // RFC 4733 events come from the same peer and may latch, but the bridge does not relay them.
        if (packet.PayloadType == audio.TelephoneEventPayloadType)
        {
            Latch(source);
        }

        Interlocked.Increment(ref _packetsIgnored);
    }

    /// <summary>
    /// Symmetric RTP (RFC 4961): send the mix to where the participant's packets come from, which differs from
    /// the SDP address behind a NAT. A participant on hold with the 0.0.0.0 address is not latched: it asked
    /// for no media.
    /// </summary>
    private void Latch(IPEndPoint source)
    {
        var current = _remote;
        if (_audio.RemoteEndPoint is null || source.Equals(current))
        {
            return;
        }

        _remote = source;
        Log.Latched(_logger, Id, _roomId, source, current);
    }
}
