using Voice.Redis.Connection;
using Voice.Runtime.Redis.Options;

namespace Voice.Runtime.Redis.Hosting;

/// <summary>Settings of <c>AddRedisClustering</c>: the Redis connection, the cluster timings and what this node announces.</summary>
public sealed class RedisClusteringOptions
{
    /// <summary>Connection to the (standalone) Redis server the cluster coordinates through.</summary>
    public RedisClientOptions Client { get; set; } = new();

    /// <summary>Key prefix and timings (heartbeat, death timeout, lease TTL and renew period, stream MAXLEN).</summary>
    public RedisClusterOptions Cluster { get; set; } = new();

    /// <summary>Base address other nodes use for grain calls to this node (published in the membership hash).</summary>
    public string HttpAddress { get; set; } = "";

    /// <summary>SIP address of this node's stack (published in the membership hash).</summary>
    public string SipAddress { get; set; } = "";

    /// <summary>Longest single XREAD BLOCK of an event-log tail (it loops; cancellation ends it earlier).</summary>
    public TimeSpan EventTailBlock { get; set; } = TimeSpan.FromSeconds(5);
}
