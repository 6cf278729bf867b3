using Microsoft.Extensions.Logging;
using Voice.Redis;
using Microsoft.Extensions.Logging.Abstractions;
using Voice.Redis.Commands;
using Voice.Runtime.Redis.Options;

namespace Voice.Runtime.Redis.Membership;

/// <summary>
/// Cluster membership by heartbeats in Redis.
/// <para>Keys (prefix P, default <c>voice:</c>):</para>
/// <list type="bullet">
/// <item><c>P members</c> — ZSET, member = node id, score = last heartbeat in Unix ms (Redis server time).</item>
/// <item><c>P node:{nodeId}</c> — HASH <c>id</c>, <c>http</c>, <c>sip</c>, <c>started</c> (Unix ms, server time);
/// PEXPIRE = DeadNodeRetention, refreshed by every heartbeat.</item>
/// </list>
/// <para>
/// Clock: every timestamp is taken from the Redis server (<c>TIME</c> inside the scripts), never from the nodes.
/// "Dead" compares two readings of the same clock, so node clock skew cannot make a live node look dead or a
/// dead one look live, and it is the same clock that expires the slot leases (PEXPIRE). The node's
/// <see cref="TimeProvider"/> only paces the heartbeat timer.
/// </para>
/// </summary>
public sealed partial class RedisMembership : IAsyncDisposable
{
    private readonly RedisClient _client;
    private readonly RedisClusterOptions _options;
    private readonly RedisKeyLayout _keys;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger _logger;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly CancellationTokenSource _stopping = new();
    private MembershipSnapshot _current = MembershipSnapshot.Empty;
    private Task? _loop;
    private int _stopped;

    /// <summary>Creates the membership of <paramref name="self"/>; nothing is sent until <see cref="StartAsync"/>.</summary>
    public RedisMembership(RedisClient client, RedisClusterOptions options, ClusterNodeInfo self, TimeProvider? timeProvider = null, ILogger<RedisMembership>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(self);
        ArgumentException.ThrowIfNullOrEmpty(self.NodeId);
        _client = client;
        _options = options.Validate();
        _keys = new RedisKeyLayout(options.KeyPrefix);
        Self = self;
        _timeProvider = timeProvider ?? TimeProvider.System;
        _logger = (ILogger?)logger ?? NullLogger.Instance;
    }

    /// <summary>Raised (on the heartbeat loop) with the new view whenever nodes join, leave or die.</summary>
    public event Action<MembershipSnapshot>? Changed;

    /// <summary>This node.</summary>
    public ClusterNodeInfo Self { get; }

    /// <summary>The latest live view (immutable; replaced, never mutated).</summary>
    public MembershipSnapshot Current => Volatile.Read(ref _current);

    /// <summary>Registers this node (first heartbeat), reads the view, then heartbeats every HeartbeatInterval.</summary>
    public async Task StartAsync(CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(Volatile.Read(ref _stopped) != 0, this);
        await HeartbeatAsync(register: true, cancellationToken).ConfigureAwait(false);
        _loop = Task.Run(() => HeartbeatLoopAsync(_stopping.Token), CancellationToken.None);
    }

    /// <summary>Sends one heartbeat and re-reads the live view now (the loop does this every interval).</summary>
    public Task<MembershipSnapshot> RefreshAsync(CancellationToken cancellationToken = default) =>
        HeartbeatAsync(register: false, cancellationToken);

    /// <summary>Graceful leave: stops heartbeating and removes this node from Redis at once.</summary>
    public async Task LeaveAsync(CancellationToken cancellationToken = default)
    {
        await StopLoopAsync().ConfigureAwait(false);
        await LeaveScript.EvaluateAsync(_client, [_keys.Members, _keys.Node(Self.NodeId)], [Self.NodeId], cancellationToken).ConfigureAwait(false);
        Log.Left(_logger, Self.NodeId);
    }

    /// <summary>Stops heartbeating WITHOUT leaving: the others see this node die after DeathTimeout (crash semantics).</summary>
    public async ValueTask DisposeAsync()
    {
        await StopLoopAsync().ConfigureAwait(false);
        _stopping.Dispose();
        _gate.Dispose();
    }

    private async Task StopLoopAsync()
    {
        if (Interlocked.Exchange(ref _stopped, 1) != 0)
        {
            return;
        }

        await _stopping.CancelAsync().ConfigureAwait(false);
        if (_loop is not null)
        {
            await _loop.ConfigureAwait(false);
        }
    }

    private async Task HeartbeatLoopAsync(CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(_options.HeartbeatInterval, _timeProvider);
        try
        {
            while (await timer.WaitForNextTickAsync(cancellationToken).ConfigureAwait(false))
            {
                try
                {
                    await HeartbeatAsync(register: false, cancellationToken).ConfigureAwait(false);
                }
                catch (RedisException ex)
                {
                    // A missed heartbeat is survivable (DeathTimeout spans several); keep the loop alive.
                    Log.HeartbeatFailed(_logger, Self.NodeId, ex.Message);
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Stopped.
        }
    }
}
