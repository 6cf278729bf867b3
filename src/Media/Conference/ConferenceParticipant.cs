using System.Buffers.Binary;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using Microsoft.Extensions.Logging;
using Voice.Media.Mixing;
using Voice.Media.Negotiation;

namespace Voice.Media.Conference;

/// <summary>
/// One participant's leg of a room: its own UDP socket and receive loop, its jitter queue, and the RTP
/// sender state of the mix it is sent. The negotiated terms and remote address are swapped whole (a
/// re-join, a latch) so the receive loop and the tick never see half an update.
/// </summary>
internal sealed partial class ConferenceParticipant : IAsyncDisposable
{
    private readonly Socket _socket;
    private readonly RtpPortAllocator _ports;
    private readonly string _roomId;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly JitterQueue _jitter;
    private readonly CancellationTokenSource _stop = new();
    private volatile NegotiatedAudio _audio;
    private volatile IPEndPoint? _remote;
    private Task _receiveLoop = Task.CompletedTask;
    private ulong _answerVersion;

    public ConferenceParticipant(string id, string roomId, Socket socket, RtpPortAllocator ports, NegotiatedAudio audio,
        ConferenceBridgeOptions options, TimeProvider time, ILogger logger)
    {
        Id = id;
        _roomId = roomId;
        _socket = socket;
        _ports = ports;
        _audio = audio;
        _remote = audio.RemoteEndPoint;
        _time = time;
        _logger = logger;
        Port = ((IPEndPoint)socket.LocalEndPoint!).Port;
        var frame = options.FrameSamples;
        _jitter = new JitterQueue(options.JitterPrefillFrames * frame, options.JitterMaxFrames * frame);
        Frame = new short[frame];
        _mix = new short[frame];
        _payload = new byte[frame];
        _datagram = new byte[Rtp.RtpPacket.FixedHeaderSize + frame];

        // RFC 3550 §5.1: SSRC, first sequence number and first timestamp are random.
        _ssrc = RandomUInt32();
        _sequence = (ushort)RandomUInt32();
        _timestamp = RandomUInt32();
        SessionId = (RandomUInt32() >> 1).ToString(CultureInfo.InvariantCulture);
    }

    public string Id { get; }

    public int Port { get; }

    /// <summary>The o= session id of this participant's answers, stable across re-joins.</summary>
    public string SessionId { get; }

    public NegotiatedAudio Audio => _audio;

    /// <summary>RFC 3264 §8: each answer of the same session carries a higher version.</summary>
    public ulong NextAnswerVersion() => Interlocked.Increment(ref _answerVersion);

    public void Start() => _receiveLoop = Task.Run(ReceiveLoopAsync);

    /// <summary>A re-join: new codec, direction or address. The latch is reset to the newly offered address.</summary>
    public void Update(NegotiatedAudio audio)
    {
        _audio = audio;
        _remote = audio.RemoteEndPoint;
    }

    public ParticipantStats Snapshot() => new(
        Id,
        Port,
        _audio.Law,
        _remote,
        Interlocked.Read(ref _packetsReceived),
        Interlocked.Read(ref _packetsSent),
        Interlocked.Read(ref _packetsMalformed),
        Interlocked.Read(ref _packetsIgnored),
        _jitter.Discarded,
        Interlocked.Read(ref _socketErrors),
        FromTicks(Interlocked.Read(ref _lastReceivedTicks)),
        FromTicks(Interlocked.Read(ref _lastSentTicks)));

    /// <summary>Stops the receive loop, closes the socket and gives its port back to the range.</summary>
    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _socket.Dispose();
        await _receiveLoop;
        _stop.Dispose();
        _ports.Release(Port);
    }

    private static uint RandomUInt32() => BinaryPrimitives.ReadUInt32LittleEndian(RandomNumberGenerator.GetBytes(4));

    private static DateTimeOffset? FromTicks(long ticks) => ticks == 0 ? null : new DateTimeOffset(ticks, TimeSpan.Zero);
}
