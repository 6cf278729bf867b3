namespace Voice.Runtime.Redis.Options;

/// <summary>
/// Timing and layout of the Redis-backed cluster. The defaults give a failover bound of about
/// max(<see cref="DeathTimeout"/>, <see cref="LeaseTtl"/>) + <see cref="LeaseRenewInterval"/> + <see cref="HeartbeatInterval"/>
/// (3 + 1 + 1 s, typically under 5 s from the owner's last heartbeat); see docs/cluster.md.
/// </summary>
public sealed partial record RedisClusterOptions
{
    /// <summary>Prefix of every key this library owns (lets several clusters or tests share one Redis).</summary>
    public string KeyPrefix { get; init; } = "voice:";

    /// <summary>How often a node refreshes its heartbeat and re-reads the live view.</summary>
    public TimeSpan HeartbeatInterval { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>A node whose last heartbeat (Redis server time) is older than this is not in the live view.</summary>
    public TimeSpan DeathTimeout { get; init; } = TimeSpan.FromSeconds(3);

    /// <summary>Dead nodes' entries are pruned from Redis after this long (kept a while for diagnostics).</summary>
    public TimeSpan DeadNodeRetention { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary>Lifetime of a slot lease unless renewed (PEXPIRE on the lease key).</summary>
    public TimeSpan LeaseTtl { get; init; } = TimeSpan.FromSeconds(3);

    /// <summary>Period of the renew-and-rebalance pass (renew owned leases, release surplus, claim missing).</summary>
    public TimeSpan LeaseRenewInterval { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Approximate MAXLEN (XADD MAXLEN ~) of event streams; null keeps every entry.</summary>
    public long? StreamMaxLength { get; init; } = 1_000_000;
}
