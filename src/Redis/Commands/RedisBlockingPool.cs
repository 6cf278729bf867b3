using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Voice.Redis.Connection;
using Voice.Redis.Protocol;

namespace Voice.Redis.Commands;

/// <summary>
/// Dedicated connections for blocking commands: each blocking call borrows an idle connection (or opens
/// one), so concurrent blocking reads never queue behind each other or behind normal traffic. A connection
/// whose call timed out or was cancelled may still be blocked on the server, so it is closed, not reused.
/// </summary>
internal sealed class RedisBlockingPool : IAsyncDisposable
{
    private const int MaxIdle = 4;

    private readonly RedisClientOptions _options;
    private readonly ILogger _logger;
    private readonly TimeProvider? _timeProvider;
    private readonly ConcurrentBag<RedisConnection> _idle = [];
    private bool _disposed;

    public RedisBlockingPool(RedisClientOptions options, ILogger logger, TimeProvider? timeProvider)
    {
        _options = options with { ClientName = options.ClientName is null ? null : options.ClientName + "-blocking" };
        _logger = logger;
        _timeProvider = timeProvider;
    }

    public async Task<RedisReply> ExecuteAsync(string command, RedisValue[] arguments, TimeSpan block, CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (!_idle.TryTake(out RedisConnection? connection))
        {
            connection = await RedisConnection.ConnectAsync(_options, _logger, _timeProvider, cancellationToken).ConfigureAwait(false);
        }

        // BLOCK 0 waits forever on the server, so the client must too.
        TimeSpan timeout = block == TimeSpan.Zero ? Timeout.InfiniteTimeSpan : block + _options.CommandTimeout;
        bool reusable = false;
        try
        {
            RedisReply reply = await connection.ExecuteAsync(command, arguments, timeout, cancellationToken).ConfigureAwait(false);
            reusable = true;
            return reply;
        }
        catch (RedisServerException)
        {
            reusable = true;
            throw;
        }
        finally
        {
            if (reusable && !_disposed && _idle.Count < MaxIdle)
            {
                _idle.Add(connection);
            }
            else
            {
                await connection.DisposeAsync().ConfigureAwait(false);
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        _disposed = true;
        while (_idle.TryTake(out RedisConnection? connection))
        {
            await connection.DisposeAsync().ConfigureAwait(false);
        }
    }
}
