using System.Buffers;
using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Voice.Redis.Connection;
using Voice.Redis.Protocol;

namespace Voice.Redis.PubSub;

/// <summary>
/// Pub/Sub on its own connection (a subscribed RESP2 connection accepts only subscription commands, so it
/// cannot be shared with normal traffic). Handlers run on the read loop, in message order; keep them short
/// or use <see cref="SubscribeReaderAsync"/>. After a lost connection it reconnects with backoff and
/// re-sends every SUBSCRIBE / PSUBSCRIBE; messages published while disconnected are lost (Pub/Sub is
/// fire-and-forget; use streams for durable delivery).
/// </summary>
public sealed partial class RedisSubscriber : IAsyncDisposable
{
    private readonly RedisClientOptions _options;
    private readonly ILogger _logger;
    private readonly TimeProvider _timeProvider;
    private readonly Lock _gate = new();
    private readonly Dictionary<string, Action<RedisChannelMessage>> _channels = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Action<RedisChannelMessage>> _patterns = new(StringComparer.Ordinal);
    private readonly Dictionary<string, TaskCompletionSource> _confirmations = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _writeLock = new(1, 1);
    private readonly CancellationTokenSource _disposal = new();
    private RedisSocket? _socket;
    private bool _disposed;

    private RedisSubscriber(RedisClientOptions options, ILogger? logger, TimeProvider? timeProvider)
    {
        _options = options;
        _logger = logger ?? NullLogger.Instance;
        _timeProvider = timeProvider ?? TimeProvider.System;
    }

    /// <summary>Raised after a reconnect once every subscription has been confirmed again.</summary>
    public event Action? Reconnected;

    /// <summary>True while the subscriber connection is up.</summary>
    public bool IsConnected => Volatile.Read(ref _socket) is not null;

    /// <summary>Opens the subscriber connection.</summary>
    public static async Task<RedisSubscriber> ConnectAsync(RedisClientOptions options, ILogger? logger = null, TimeProvider? timeProvider = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var subscriber = new RedisSubscriber(options, logger, timeProvider);
        await subscriber.OpenAsync(cancellationToken).ConfigureAwait(false);
        return subscriber;
    }

    /// <summary>SUBSCRIBE: completes once the server confirmed; <paramref name="handler"/> gets every message on the channel.</summary>
    public Task SubscribeAsync(string channel, Action<RedisChannelMessage> handler, CancellationToken cancellationToken = default) =>
        SubscribeCoreAsync("SUBSCRIBE", channel, handler, _channels, cancellationToken);

    /// <summary>PSUBSCRIBE: completes once the server confirmed; <paramref name="handler"/> gets messages of every matching channel.</summary>
    public Task PatternSubscribeAsync(string pattern, Action<RedisChannelMessage> handler, CancellationToken cancellationToken = default) =>
        SubscribeCoreAsync("PSUBSCRIBE", pattern, handler, _patterns, cancellationToken);

    /// <summary>SUBSCRIBE delivering into an unbounded channel reader instead of a callback.</summary>
    public async Task<ChannelReader<RedisChannelMessage>> SubscribeReaderAsync(string channel, CancellationToken cancellationToken = default)
    {
        var messages = Channel.CreateUnbounded<RedisChannelMessage>(new UnboundedChannelOptions { SingleWriter = true });
        await SubscribeAsync(channel, message => messages.Writer.TryWrite(message), cancellationToken).ConfigureAwait(false);
        return messages.Reader;
    }

    /// <summary>UNSUBSCRIBE: completes once the server confirmed.</summary>
    public Task UnsubscribeAsync(string channel, CancellationToken cancellationToken = default) =>
        UnsubscribeCoreAsync("UNSUBSCRIBE", channel, _channels, cancellationToken);

    /// <summary>PUNSUBSCRIBE: completes once the server confirmed.</summary>
    public Task PatternUnsubscribeAsync(string pattern, CancellationToken cancellationToken = default) =>
        UnsubscribeCoreAsync("PUNSUBSCRIBE", pattern, _patterns, cancellationToken);

    /// <summary>Closes the connection and stops reconnecting.</summary>
    public async ValueTask DisposeAsync()
    {
        RedisSocket? socket;
        lock (_gate)
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            socket = _socket;
            _socket = null;
        }

        await _disposal.CancelAsync().ConfigureAwait(false);
        socket?.Abort();
    }

    private async Task SubscribeCoreAsync(string command, string name, Action<RedisChannelMessage> handler, Dictionary<string, Action<RedisChannelMessage>> registry, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(handler);
        lock (_gate)
        {
            registry[name] = handler;
        }

        try
        {
            await SendAndConfirmAsync(command, [name], cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            lock (_gate)
            {
                registry.Remove(name);
            }

            throw;
        }
    }

    private async Task UnsubscribeCoreAsync(string command, string name, Dictionary<string, Action<RedisChannelMessage>> registry, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        lock (_gate)
        {
            registry.Remove(name);
        }

        await SendAndConfirmAsync(command, [name], cancellationToken).ConfigureAwait(false);
    }
}
