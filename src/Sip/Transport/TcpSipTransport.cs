using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Logging;

namespace Voice.Sip.Transport;

/// <summary>
/// RFC 3261 §18 over TCP: listeners with accept loops, and one pool of connections keyed by remote end point.
/// Inbound connections join the pool under their source address, so responses and later requests to that
/// address reuse them (RFC 3261 §18.2.2); outbound connections are opened on first send and then reused.
/// </summary>
internal sealed partial class TcpSipTransport : IAsyncDisposable
{
    private const int ListenBacklog = 512;

    private readonly SipTransportOptions _options;
    private readonly SipTransportCounters _counters;
    private readonly ILogger _logger;
    private readonly TimeProvider _timeProvider;
    private readonly TcpConnectionContext _context;
    private readonly List<(Socket Socket, SipEndPoint Local)> _listeners = [];
    private readonly List<Task> _acceptLoops = [];
    private readonly ConcurrentDictionary<IPEndPoint, Lazy<Task<TcpSipConnection>>> _connections = new();
    private readonly CancellationTokenSource _stopping = new();

    public TcpSipTransport(SipTransportOptions options, ISipPacketSink sink, SipTransportCounters counters, ILogger logger, TimeProvider timeProvider)
    {
        _options = options;
        _counters = counters;
        _logger = logger;
        _timeProvider = timeProvider;
        _context = new TcpConnectionContext(sink, logger, timeProvider, OnConnectionClosed);
    }

    public IReadOnlyList<SipEndPoint> LocalEndPoints => _listeners.ConvertAll(l => l.Local);

    /// <summary>Open (or opening) connections in the pool.</summary>
    public int ConnectionCount => _connections.Count;

    public void Start()
    {
        foreach (var endPoint in _options.TcpListenEndPoints)
        {
            var socket = new Socket(endPoint.AddressFamily, SocketType.Stream, ProtocolType.Tcp);
            try
            {
                if (endPoint.AddressFamily == AddressFamily.InterNetworkV6)
                {
                    socket.DualMode = false;
                }

                socket.Bind(endPoint);
                socket.Listen(ListenBacklog);
            }
            catch (SocketException)
            {
                socket.Dispose();
                throw;
            }

            var local = new SipEndPoint(SipTransportProtocol.Tcp, (IPEndPoint)socket.LocalEndPoint!);
            _listeners.Add((socket, local));
            Log.TcpListening(_logger, local.Address);
            _acceptLoops.Add(AcceptLoopAsync(socket, _stopping.Token));
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync().ConfigureAwait(false);
        foreach (var (socket, _) in _listeners)
        {
            socket.Dispose();
        }

        await Task.WhenAll(_acceptLoops).ConfigureAwait(false);
        var readLoops = new List<Task>();
        foreach (var entry in _connections.Values)
        {
            if (entry.IsValueCreated && entry.Value.IsCompletedSuccessfully)
            {
                var connection = entry.Value.Result;
                connection.Close("transport stopping");
                readLoops.Add(connection.Completion);
            }
        }

        await Task.WhenAll(readLoops).ConfigureAwait(false);
        _connections.Clear();
        _stopping.Dispose();
    }

    private async Task AcceptLoopAsync(Socket listener, CancellationToken cancellationToken)
    {
        await Task.Yield();
        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                var socket = await listener.AcceptAsync(cancellationToken).ConfigureAwait(false);
                socket.NoDelay = true;
                Register(new TcpSipConnection(socket, inbound: true, _options, _context));
                _counters.OnTcpConnectionAccepted();
            }
            catch (Exception e) when (e is OperationCanceledException or ObjectDisposedException)
            {
                return;
            }
            catch (SocketException e)
            {
                // A connection reset before accept completed, or descriptors exhausted: keep accepting.
                Log.TcpAcceptFailed(_logger, e, listener.LocalEndPoint);
            }
        }
    }

    private void Register(TcpSipConnection connection)
    {
        // A newer connection from the same address replaces the entry; the older one keeps reading until it closes.
        var entry = new Lazy<Task<TcpSipConnection>>(Task.FromResult(connection));
        _ = entry.Value;
        _connections[connection.Remote.Address] = entry;
        Log.TcpConnectionOpened(_logger, connection.Remote.Address, "inbound");
        connection.Start();
    }

    private void OnConnectionClosed(TcpSipConnection connection)
    {
        _counters.OnTcpConnectionClosed();
        var key = connection.Remote.Address;
        if (_connections.TryGetValue(key, out var entry) && entry.IsValueCreated
            && entry.Value.IsCompletedSuccessfully && ReferenceEquals(entry.Value.Result, connection))
        {
            _connections.TryRemove(KeyValuePair.Create(key, entry));
        }
    }
}
