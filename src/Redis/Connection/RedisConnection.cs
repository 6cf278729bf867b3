using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Voice.Redis.Protocol;

namespace Voice.Redis.Connection;

/// <summary>
/// A multiplexed connection: any number of concurrent callers share one TCP connection, their commands
/// pipelined and their replies matched in FIFO order. Reconnects by itself with exponential backoff after
/// the connection is lost. Not for blocking commands (XREAD BLOCK, BLPOP): they would stall every other
/// caller behind them; <see cref="Commands.RedisClient"/> runs those on dedicated connections.
/// </summary>
public sealed partial class RedisConnection : IAsyncDisposable
{
    private readonly ILogger _logger;
    private readonly TimeProvider _timeProvider;
    private readonly Lock _gate = new();
    private readonly CancellationTokenSource _disposal = new();
    private RedisLink? _link;
    private TaskCompletionSource<RedisLink> _linkReady = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private bool _disposed;

    private RedisConnection(RedisClientOptions options, ILogger? logger, TimeProvider? timeProvider)
    {
        Options = options;
        _logger = logger ?? NullLogger.Instance;
        _timeProvider = timeProvider ?? TimeProvider.System;
    }

    /// <summary>Raised after the connection was lost and has been re-established.</summary>
    public event Action? Reconnected;

    /// <summary>Raised (on the read loop; keep it short) for RESP3 push frames such as client-tracking invalidations.</summary>
    public event Action<RedisReply>? PushReceived;

    /// <summary>The options this connection was created with.</summary>
    public RedisClientOptions Options { get; }

    /// <summary>True while a live connection is available.</summary>
    public bool IsConnected => Volatile.Read(ref _link)?.IsAlive == true;

    /// <summary>The protocol negotiated on the current connection; null while disconnected.</summary>
    public RedisProtocolVersion? Protocol => Volatile.Read(ref _link)?.Protocol;

    /// <summary>Connects and performs the handshake.</summary>
    /// <exception cref="ArgumentException">The options are invalid.</exception>
    /// <exception cref="RedisConnectionException">The server is unreachable.</exception>
    /// <exception cref="RedisServerException">The server refused AUTH or SELECT.</exception>
    public static async Task<RedisConnection> ConnectAsync(RedisClientOptions options, ILogger? logger = null, TimeProvider? timeProvider = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var connection = new RedisConnection(options, logger, timeProvider);
        RedisLink link = await connection.OpenLinkAsync(cancellationToken).ConfigureAwait(false);
        connection.Publish(link);
        return connection;
    }

    /// <summary>Sends any command (<c>"CLIENT LIST"</c>, <c>"OBJECT ENCODING"</c>) and returns its reply.</summary>
    public Task<RedisReply> ExecuteAsync(string command, params RedisValue[] arguments) =>
        ExecuteAsync(command, arguments, timeout: null, CancellationToken.None);

    /// <summary>Sends any command and returns its reply.</summary>
    /// <param name="command">Command name; several words are sent as several arguments.</param>
    /// <param name="arguments">Arguments; none may be null.</param>
    /// <param name="timeout">Overrides <see cref="RedisClientOptions.CommandTimeout"/>.</param>
    /// <param name="cancellationToken">Stops waiting for the reply (the command may still run).</param>
    /// <exception cref="RedisServerException">The server answered with an error.</exception>
    /// <exception cref="RedisTimeoutException">No reply within the timeout.</exception>
    /// <exception cref="RedisConnectionException">Not connected, or the connection was lost while in flight.</exception>
    public async Task<RedisReply> ExecuteAsync(string command, RedisValue[] arguments, TimeSpan? timeout, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(command);
        ArgumentNullException.ThrowIfNull(arguments);
        ObjectDisposedException.ThrowIf(_disposed, this);
        foreach (RedisValue argument in arguments)
        {
            if (argument.IsNull)
            {
                throw new ArgumentException($"{command}: arguments cannot be null.", nameof(arguments));
            }
        }

        var pending = new PendingCommand(command, arguments);
        await EnqueueAsync(pending, cancellationToken).ConfigureAwait(false);
        TimeSpan limit = timeout ?? Options.CommandTimeout;
        try
        {
            return await pending.Task.WaitAsync(limit, _timeProvider, cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            pending.Abandon();
            Log.CommandTimedOut(_logger, command, (long)limit.TotalMilliseconds);
            throw new RedisTimeoutException(command, limit);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            pending.Abandon();
            throw;
        }
    }

    /// <summary>Closes the connection; pending commands fail with <see cref="RedisConnectionException"/>.</summary>
    public ValueTask DisposeAsync()
    {
        RedisLink? link;
        lock (_gate)
        {
            if (_disposed)
            {
                return ValueTask.CompletedTask;
            }

            _disposed = true;
            link = _link;
            _link = null;
            _linkReady.TrySetCanceled();
        }

        _disposal.Cancel();
        link?.Close(new ObjectDisposedException(nameof(RedisConnection)));
        _disposal.Dispose();
        return ValueTask.CompletedTask;
    }
}
