using System.Net.Sockets;
using Microsoft.Extensions.Logging;
using Voice.Sip.Parsing;

namespace Voice.Sip.Transport;

/// <summary>
/// One TCP connection, inbound or outbound: a read loop that frames messages by Content-Length
/// (RFC 3261 §18.3), serialized writes, and an idle timer that closes it when nothing moves either way.
/// </summary>
internal sealed partial class TcpSipConnection : IDisposable
{
    private readonly Socket _socket;
    private readonly ISipPacketSink _sink;
    private readonly SipParserOptions _parserOptions;
    private readonly int _readBufferSize;
    private readonly TimeSpan _idleTimeout;
    private readonly ILogger _logger;
    private readonly Action<TcpSipConnection> _onClosed;
    private readonly SemaphoreSlim _writeLock = new(1, 1);
    private readonly CancellationTokenSource _closing = new();
    private readonly ITimer _idleTimer;
    private Task _readLoop = Task.CompletedTask;
    private int _closed;

    public TcpSipConnection(Socket socket, bool inbound, SipTransportOptions options, TcpConnectionContext context)
    {
        _socket = socket;
        IsInbound = inbound;
        _sink = context.Sink;
        _parserOptions = options.ParserOptions;
        _readBufferSize = options.TcpReadBufferSize;
        _idleTimeout = options.TcpIdleTimeout;
        _logger = context.Logger;
        _onClosed = context.OnClosed;
        Remote = new SipEndPoint(SipTransportProtocol.Tcp, IPEndPoints.Normalize((System.Net.IPEndPoint)socket.RemoteEndPoint!));
        Local = new SipEndPoint(SipTransportProtocol.Tcp, IPEndPoints.Normalize((System.Net.IPEndPoint)socket.LocalEndPoint!));
        _idleTimer = context.TimeProvider.CreateTimer(static state => ((TcpSipConnection)state!).Close("idle timeout"), this, _idleTimeout, Timeout.InfiniteTimeSpan);
    }

    public SipEndPoint Remote { get; }

    public SipEndPoint Local { get; }

    public bool IsInbound { get; }

    public bool IsClosed => Volatile.Read(ref _closed) != 0;

    /// <summary>Completes when the read loop has ended (the connection is then closed).</summary>
    public Task Completion => _readLoop;

    public void Start() => _readLoop = ReadLoopAsync();

    /// <summary>Writes all bytes; concurrent senders are serialized so messages never interleave on the stream.</summary>
    public async ValueTask SendAsync(ReadOnlyMemory<byte> data, CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(IsClosed, this);
        await _writeLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var remaining = data;
            while (!remaining.IsEmpty)
            {
                var written = await _socket.SendAsync(remaining, SocketFlags.None, cancellationToken).ConfigureAwait(false);
                remaining = remaining[written..];
            }
        }
        finally
        {
            _writeLock.Release();
        }

        Touch();
    }

    /// <summary>Closes the socket once; later calls do nothing.</summary>
    public void Close(string reason)
    {
        if (Interlocked.Exchange(ref _closed, 1) != 0)
        {
            return;
        }

        _idleTimer.Dispose();
        _closing.Cancel();
        try
        {
            _socket.Shutdown(SocketShutdown.Both);
        }
        catch (SocketException)
        {
            // Already reset by the peer.
        }

        _socket.Dispose();
        Log.TcpConnectionClosed(_logger, Remote.Address, reason);
        _onClosed(this);
    }

    /// <summary>Closes the connection and frees its synchronization objects; called when the read loop ends.</summary>
    public void Dispose()
    {
        Close("disposed");
        _closing.Dispose();
        _writeLock.Dispose();
    }

    // Any traffic restarts the idle countdown.
    private void Touch()
    {
        if (!IsClosed)
        {
            _idleTimer.Change(_idleTimeout, Timeout.InfiniteTimeSpan);
        }
    }
}
