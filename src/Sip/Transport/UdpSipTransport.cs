using System.Buffers;
using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Logging;

namespace Voice.Sip.Transport;

/// <summary>
/// RFC 3261 §18 over UDP: one socket per listen address, one receive loop per socket. Each datagram is
/// received into a pooled buffer and copied into an exact-size array that the parsed message then owns.
/// </summary>
internal sealed class UdpSipTransport : IAsyncDisposable
{
    // The largest datagram an IP packet can carry; anything smaller could truncate a legal message.
    private const int ReceiveBufferSize = 65536;

    private readonly SipTransportOptions _options;
    private readonly ISipPacketSink _sink;
    private readonly ILogger _logger;
    private readonly List<(Socket Socket, SipEndPoint Local)> _sockets = [];
    private readonly List<Task> _receiveLoops = [];
    private readonly CancellationTokenSource _stopping = new();

    public UdpSipTransport(SipTransportOptions options, ISipPacketSink sink, ILogger logger)
    {
        _options = options;
        _sink = sink;
        _logger = logger;
    }

    /// <summary>The bound addresses (ephemeral ports resolved), in the order they were configured.</summary>
    public IReadOnlyList<SipEndPoint> LocalEndPoints => _sockets.ConvertAll(s => s.Local);

    public void Start()
    {
        foreach (var endPoint in _options.UdpListenEndPoints)
        {
            var socket = new Socket(endPoint.AddressFamily, SocketType.Dgram, ProtocolType.Udp);
            try
            {
                Bind(socket, endPoint);
            }
            catch (SocketException)
            {
                socket.Dispose();
                throw;
            }

            var local = new SipEndPoint(SipTransportProtocol.Udp, (IPEndPoint)socket.LocalEndPoint!);
            _sockets.Add((socket, local));
            Log.UdpListening(_logger, local.Address);
            _receiveLoops.Add(ReceiveLoopAsync(socket, local, _stopping.Token));
        }
    }

    public async ValueTask SendAsync(ReadOnlyMemory<byte> datagram, IPEndPoint destination, CancellationToken cancellationToken)
    {
        var socket = SocketFor(destination.AddressFamily)
            ?? throw new InvalidOperationException($"No UDP socket is bound for {destination.AddressFamily}.");
        await socket.SendToAsync(datagram, SocketFlags.None, destination, cancellationToken).ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync().ConfigureAwait(false);
        foreach (var (socket, _) in _sockets)
        {
            socket.Dispose();
        }

        await Task.WhenAll(_receiveLoops).ConfigureAwait(false);
        _stopping.Dispose();
    }

    private void Bind(Socket socket, IPEndPoint endPoint)
    {
        if (endPoint.AddressFamily == AddressFamily.InterNetworkV6)
        {
            // Separate IPv4 and IPv6 sockets may then share a port number.
            socket.DualMode = false;
        }

        if (_options.UdpSocketReceiveBufferSize > 0)
        {
            socket.ReceiveBufferSize = _options.UdpSocketReceiveBufferSize;
        }

        socket.Bind(endPoint);
    }

    private Socket? SocketFor(AddressFamily family)
    {
        foreach (var (socket, local) in _sockets)
        {
            if (local.Address.AddressFamily == family)
            {
                return socket;
            }
        }

        return null;
    }

    private async Task ReceiveLoopAsync(Socket socket, SipEndPoint local, CancellationToken cancellationToken)
    {
        // Leave the caller's thread at once: Start must not run a receive inline.
        await Task.Yield();
        var buffer = ArrayPool<byte>.Shared.Rent(ReceiveBufferSize);
        EndPoint anyRemote = socket.AddressFamily == AddressFamily.InterNetworkV6
            ? new IPEndPoint(IPAddress.IPv6Any, 0)
            : new IPEndPoint(IPAddress.Any, 0);
        try
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                var received = await ReceiveOneAsync(socket, buffer, anyRemote, cancellationToken).ConfigureAwait(false);
                if (received is not { } result)
                {
                    continue;
                }

                var data = buffer.AsSpan(0, result.ReceivedBytes).ToArray();
                var remote = new SipEndPoint(SipTransportProtocol.Udp, IPEndPoints.Normalize((IPEndPoint)result.RemoteEndPoint));
                await DeliverAsync(new SipPacket(data, remote, local)).ConfigureAwait(false);
            }
        }
        catch (Exception e) when (e is OperationCanceledException or ObjectDisposedException)
        {
            // Shutting down.
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private async ValueTask<SocketReceiveFromResult?> ReceiveOneAsync(Socket socket, byte[] buffer, EndPoint anyRemote, CancellationToken cancellationToken)
    {
        try
        {
            return await socket.ReceiveFromAsync(buffer, SocketFlags.None, anyRemote, cancellationToken).ConfigureAwait(false);
        }
        catch (SocketException e) when (!cancellationToken.IsCancellationRequested)
        {
            // An ICMP error from an earlier send (ConnectionReset) or one bad datagram must not end the loop.
            Log.UdpReceiveFailed(_logger, e, socket.LocalEndPoint);
            return null;
        }
        catch (SocketException)
        {
            throw new OperationCanceledException(cancellationToken);
        }
    }

    private async ValueTask DeliverAsync(SipPacket packet)
    {
        try
        {
            await _sink.OnPacketAsync(packet).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The sink handles its own failures; this is the last guard that keeps the loop alive.
            Log.UdpReceiveFailed(_logger, e, packet.Local.Address);
        }
    }
}
