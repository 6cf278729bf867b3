using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Voice.Redis.Connection;
using Voice.Redis.Protocol;

namespace Voice.Redis.Commands;

/// <summary>
/// Typed commands over one multiplexed <see cref="RedisConnection"/>. Blocking reads (XREAD / XREADGROUP
/// with BLOCK) run on separate dedicated connections from a small pool so a long block never holds up
/// the pipelined commands of other callers.
/// </summary>
public sealed partial class RedisClient : IAsyncDisposable
{
    private readonly RedisBlockingPool _blockingPool;

    private RedisClient(RedisConnection connection, ILogger logger, TimeProvider? timeProvider)
    {
        Connection = connection;
        _blockingPool = new RedisBlockingPool(connection.Options, logger, timeProvider);
    }

    /// <summary>The shared multiplexed connection.</summary>
    public RedisConnection Connection { get; }

    /// <summary>Connects the shared connection.</summary>
    public static async Task<RedisClient> ConnectAsync(RedisClientOptions options, ILoggerFactory? loggerFactory = null, TimeProvider? timeProvider = null, CancellationToken cancellationToken = default)
    {
        ILogger logger = (ILogger?)loggerFactory?.CreateLogger<RedisConnection>() ?? NullLogger.Instance;
        RedisConnection connection = await RedisConnection.ConnectAsync(options, logger, timeProvider, cancellationToken).ConfigureAwait(false);
        return new RedisClient(connection, logger, timeProvider);
    }

    /// <summary>Sends any command on the shared connection (must not be a blocking command).</summary>
    public Task<RedisReply> ExecuteAsync(string command, params RedisValue[] arguments) => Connection.ExecuteAsync(command, arguments);

    /// <summary>Sends any command on the shared connection (must not be a blocking command).</summary>
    public Task<RedisReply> ExecuteAsync(string command, RedisValue[] arguments, CancellationToken cancellationToken) =>
        Connection.ExecuteAsync(command, arguments, timeout: null, cancellationToken);

    /// <summary>Runs a blocking command on a dedicated connection, allowing <paramref name="block"/> on top of the command timeout.</summary>
    public Task<RedisReply> ExecuteBlockingAsync(string command, RedisValue[] arguments, TimeSpan block, CancellationToken cancellationToken = default) =>
        _blockingPool.ExecuteAsync(command, arguments, block, cancellationToken);

    /// <summary>Closes the shared and the blocking connections.</summary>
    public async ValueTask DisposeAsync()
    {
        await _blockingPool.DisposeAsync().ConfigureAwait(false);
        await Connection.DisposeAsync().ConfigureAwait(false);
    }

    // Returns the connection's task as is: an extra async frame here would cost a state machine per command.
    private Task<RedisReply> RunAsync(string command, RedisValue[] arguments, CancellationToken cancellationToken) =>
        Connection.ExecuteAsync(command, arguments, timeout: null, cancellationToken);
}
