using System.Net;
using System.Net.Sockets;
using System.Threading.Channels;
using Voice.Sip.Transport;

namespace Voice.Sip.Tests.Support;

/// <summary>
/// A started <see cref="SipTransportLayer"/> on 127.0.0.1 and ::1 (UDP and TCP, ephemeral ports) whose
/// handler queues every inbound message for the test to await.
/// </summary>
internal sealed class TransportTestHost : IAsyncDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(5);
    private readonly Channel<SipInboundMessage> _inbound = Channel.CreateUnbounded<SipInboundMessage>();

    private TransportTestHost(SipTransportLayer layer) => Layer = layer;

    public SipTransportLayer Layer { get; }

    public static SipTransportOptions LoopbackOptions => new()
    {
        UdpListenEndPoints = [new IPEndPoint(IPAddress.Loopback, 0), new IPEndPoint(IPAddress.IPv6Loopback, 0)],
        TcpListenEndPoints = [new IPEndPoint(IPAddress.Loopback, 0), new IPEndPoint(IPAddress.IPv6Loopback, 0)],
    };

    public static async Task<TransportTestHost> StartAsync(SipTransportOptions? options = null, TimeProvider? timeProvider = null, Func<SipInboundMessage, ValueTask>? handler = null)
    {
        var layer = new SipTransportLayer(options ?? LoopbackOptions, timeProvider: timeProvider);
        var host = new TransportTestHost(layer);
        layer.SetHandler(handler ?? (message => host._inbound.Writer.WriteAsync(message)));
        await layer.StartAsync();
        return host;
    }

    public IPEndPoint Udp4 => Local(SipTransportProtocol.Udp, AddressFamily.InterNetwork);

    public IPEndPoint Udp6 => Local(SipTransportProtocol.Udp, AddressFamily.InterNetworkV6);

    public IPEndPoint Tcp4 => Local(SipTransportProtocol.Tcp, AddressFamily.InterNetwork);

    public IPEndPoint Tcp6 => Local(SipTransportProtocol.Tcp, AddressFamily.InterNetworkV6);

    /// <summary>The next message handed to the handler; fails the test after a few seconds.</summary>
    public async Task<SipInboundMessage> NextAsync() => await _inbound.Reader.ReadAsync().AsTask().WaitAsync(Timeout);

    /// <summary>True when nothing is queued right now (use after a later message proved earlier ones were processed).</summary>
    public bool IsEmpty => !_inbound.Reader.TryPeek(out _);

    public ValueTask DisposeAsync() => Layer.DisposeAsync();

    private IPEndPoint Local(SipTransportProtocol protocol, AddressFamily family) =>
        Layer.GetLocalEndPoint(protocol, family)?.Address ?? throw new InvalidOperationException($"No {protocol} {family} end point.");
}
