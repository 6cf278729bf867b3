using Microsoft.Extensions.Logging;
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
}
