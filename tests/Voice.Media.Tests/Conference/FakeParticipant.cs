using System.Net;
using System.Net.Sockets;
using System.Threading.Channels;
using Voice.Media.Codecs;
using Voice.Media.Rtp;
using Voice.Sip.Sdp;

namespace Voice.Media.Tests.Conference;

/// <summary>
/// A phone on 127.0.0.1 with its own UDP socket: offers one G.711 law, sends a constant level every 20 ms
/// to the address of the bridge's answer, and records every packet the bridge sends it.
/// </summary>
internal sealed class FakeParticipant : IAsyncDisposable
{
    private readonly Socket _socket = new(AddressFamily.InterNetwork, SocketType.Dgram, ProtocolType.Udp);
    private readonly Channel<ReceivedFrame> _frames = Channel.CreateUnbounded<ReceivedFrame>();
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _receiving;
    private CancellationTokenSource? _sendStop;
    private Task _sending = Task.CompletedTask;

    public FakeParticipant(string id, G711Law law)
    {
        Id = id;
        Law = law;
        _socket.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        Port = ((IPEndPoint)_socket.LocalEndPoint!).Port;
        _receiving = Task.Run(ReceiveLoopAsync);
    }

    public string Id { get; }

    public G711Law Law { get; }

    public int Port { get; }

    public int PayloadType => G711.StaticPayloadType(Law);

    /// <summary>Where the bridge's answer says to send.</summary>
    public IPEndPoint? Bridge { get; private set; }

    /// <summary>What one frame of the given level sounds like after G.711 in this participant's law.</summary>
    public short Quantized(short level)
    {
        Span<byte> code = stackalloc byte[1];
        Span<short> sample = stackalloc short[1];
        G711.Encode(Law, [level], code);
        G711.Decode(Law, code, sample);
        return sample[0];
    }

    /// <summary>An offer of this participant's law (telephone-event too) for media to <paramref name="port"/>, by default its own.</summary>
    public string Offer(int? port = null, string direction = "sendrecv") =>
        Offers.Audio(port ?? Port, $"{PayloadType} 101", direction);

    public void UseAnswer(string answer)
    {
        var description = SessionDescription.Parse(answer);
        var audio = description.FindMedia("audio")!;
        Bridge = new IPEndPoint(IPAddress.Parse(description.GetConnectionAddress(audio)!), audio.Port);
    }

    /// <summary>Starts sending <paramref name="level"/> every 20 ms (replacing any earlier level).</summary>
    public async Task StartSendingAsync(short level)
    {
        await StopSendingAsync();
        _sendStop = new CancellationTokenSource();
        var token = _sendStop.Token;
        _sending = Task.Run(() => SendLoopAsync(level, token));
    }

    public async Task StopSendingAsync()
    {
        if (_sendStop is { } stop)
        {
            await stop.CancelAsync();
            await _sending;
            stop.Dispose();
            _sendStop = null;
        }
    }

    public void SendRaw(byte[] datagram) => _socket.SendTo(datagram, Bridge!);

    /// <summary>Waits until <paramref name="count"/> received frames satisfy <paramref name="matches"/>; false on timeout.</summary>
    public async Task<(bool Matched, ReceivedFrame? Last)> WaitForFramesAsync(Func<ReceivedFrame, bool> matches, int count, TimeSpan timeout)
    {
        using var limit = new CancellationTokenSource(timeout);
        ReceivedFrame? last = null;
        var seen = 0;
        try
        {
            while (seen < count)
            {
                last = await _frames.Reader.ReadAsync(limit.Token);
                if (matches(last))
                {
                    seen++;
                }
            }

            return (true, last);
        }
        catch (OperationCanceledException)
        {
            return (false, last);
        }
    }

    /// <summary>The next <paramref name="count"/> frames received, or fewer when <paramref name="timeout"/> passes first.</summary>
    public async Task<List<ReceivedFrame>> ReceiveAsync(int count, TimeSpan timeout)
    {
        var frames = new List<ReceivedFrame>();
        await WaitForFramesAsync(f => { frames.Add(f); return true; }, count, timeout);
        return frames;
    }

    /// <summary>Takes and returns everything received so far.</summary>
    public List<ReceivedFrame> Drain()
    {
        var frames = new List<ReceivedFrame>();
        while (_frames.Reader.TryRead(out var frame))
        {
            frames.Add(frame);
        }

        return frames;
    }

    public async ValueTask DisposeAsync()
    {
        await StopSendingAsync();
        await _stop.CancelAsync();
        _socket.Dispose();
        await _receiving;
        _stop.Dispose();
    }

    private async Task SendLoopAsync(short level, CancellationToken token)
    {
        var payload = new byte[160];
        G711.Encode(Law, Enumerable.Repeat(level, 160).ToArray(), payload);
        var ssrc = (uint)Random.Shared.Next();
        ushort sequence = 1;
        uint timestamp = 0;
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(20));
        try
        {
            do
            {
                var packet = new RtpPacket { PayloadType = (byte)PayloadType, SequenceNumber = sequence++, Timestamp = timestamp, Ssrc = ssrc, Payload = payload };
                timestamp += 160;
                await _socket.SendToAsync(RtpPacketWriter.ToBytes(packet), SocketFlags.None, Bridge!, token);
            }
            while (await timer.WaitForNextTickAsync(token));
        }
        catch (OperationCanceledException)
        {
            // Stopped by the test.
        }
    }

    private async Task ReceiveLoopAsync()
    {
        var buffer = new byte[2048];
        while (!_stop.IsCancellationRequested)
        {
            try
            {
                var received = await _socket.ReceiveFromAsync(buffer, SocketFlags.None, new IPEndPoint(IPAddress.Any, 0), _stop.Token);
                var datagram = buffer.AsSpan(0, received.ReceivedBytes).ToArray();
                if (RtpPacketReader.TryParse(datagram, out var packet, out _))
                {
                    var law = packet.PayloadType == 8 ? G711Law.Pcma : G711Law.Pcmu;
                    var samples = new short[packet.Payload.Length];
                    G711.Decode(law, packet.Payload.Span, samples);
                    _frames.Writer.TryWrite(new ReceivedFrame(packet, samples));
                }
            }
            catch (Exception e) when (e is OperationCanceledException or ObjectDisposedException or SocketException)
            {
                if (_stop.IsCancellationRequested)
                {
                    return;
                }
            }
        }
    }
}
