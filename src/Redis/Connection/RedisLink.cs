using System.Buffers;
using System.Net.Sockets;
using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using Voice.Redis.Protocol;

namespace Voice.Redis.Connection;

/// <summary>
/// One live, handshaken socket with pipelining: callers queue commands into an outbox; a single writer loop
/// serializes as many as are waiting into one buffer and one socket write, putting each on the FIFO
/// awaiting-reply queue before its bytes leave; a single reader loop completes the head of that queue with
/// each reply (Redis answers in request order on a connection). RESP3 push frames bypass the queue.
/// When anything breaks the link is dead for good: every queued and in-flight command fails with
/// <see cref="RedisConnectionException"/> and the owner is told so it can reconnect.
/// </summary>
internal sealed partial class RedisLink
{
    private const int MaxBatchBytes = 256 * 1024;

    private readonly RedisSocket _socket;
    private readonly Channel<PendingCommand> _outbox = Channel.CreateUnbounded<PendingCommand>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Queue<PendingCommand> _awaitingReply = new();
    private readonly Lock _gate = new();
    private readonly Action<RedisLink, Exception> _onClosed;
    private readonly Action<RedisReply> _onPush;
    private readonly ILogger _logger;
    private bool _closed;

    public RedisLink(RedisSocket socket, RedisProtocolVersion protocol, Action<RedisLink, Exception> onClosed, Action<RedisReply> onPush, ILogger logger)
    {
        _socket = socket;
        Protocol = protocol;
        _onClosed = onClosed;
        _onPush = onPush;
        _logger = logger;
    }

    public RedisProtocolVersion Protocol { get; }

    public bool IsAlive
    {
        get
        {
            lock (_gate)
            {
                return !_closed;
            }
        }
    }

    public void Start()
    {
        _ = Task.Run(RunWriterAsync);
        _ = Task.Run(RunReaderAsync);
    }

    /// <summary>Queues a command; false when the link has already died.</summary>
    public bool TryEnqueue(PendingCommand command) => _outbox.Writer.TryWrite(command);

    /// <summary>Kills the link; pending commands fail with <see cref="RedisConnectionException"/>.</summary>
    public void Close(Exception cause)
    {
        lock (_gate)
        {
            if (_closed)
            {
                return;
            }

            _closed = true;
        }

        // Tell the owner first, so a caller whose enqueue fails below already finds the link replaced.
        _onClosed(this, cause);
        // Completing the outbox ends the writer loop; aborting the socket ends the reader loop.
        _outbox.Writer.TryComplete();
        _socket.Abort();
        FailAll(cause);
    }

    private void FailAll(Exception cause)
    {
        var failed = new List<PendingCommand>();
        lock (_gate)
        {
            failed.AddRange(_awaitingReply);
            _awaitingReply.Clear();
        }

        while (_outbox.Reader.TryRead(out PendingCommand? queued))
        {
            failed.Add(queued);
        }

        foreach (PendingCommand command in failed)
        {
            command.Fail(new RedisConnectionException($"{command.Name} failed: connection to {_socket.EndPoint} lost ({cause.Message})", cause));
        }
    }

    private static bool IsConnectionFault(Exception exception) =>
        exception is RedisException or IOException or SocketException or ObjectDisposedException or OperationCanceledException;
}
