using Voice.Redis.Commands;
using Voice.Redis.Connection;
using Voice.Runtime.Redis.Options;

using Voice.Testing;

namespace Voice.Runtime.Redis.Tests.Support;

/// <summary>A private redis-server per test class (IClassFixture); tests isolate themselves by key prefix.</summary>
public sealed class RedisServerFixture : IAsyncLifetime
{
    private RedisServerProcess? _server;

    public RedisServerProcess Server => _server ?? throw new InvalidOperationException("Not started");

    public Task<RedisClient> ConnectAsync() => RedisClient.ConnectAsync(new RedisClientOptions { EndPoint = Server.EndPoint });

    /// <summary>
    /// Fast timings (heartbeat 100 ms, death 1 s, lease TTL 1 s, renew 250 ms) under a fresh prefix. Death and TTL
    /// leave room for several late ticks: the test machine's cores are shared and timers can run hundreds of ms late.
    /// </summary>
    public static RedisClusterOptions FastOptions() => new()
    {
        KeyPrefix = $"t{Guid.NewGuid():N}:",
        HeartbeatInterval = TimeSpan.FromMilliseconds(100),
        DeathTimeout = TimeSpan.FromSeconds(1),
        DeadNodeRetention = TimeSpan.FromSeconds(3),
        LeaseTtl = TimeSpan.FromSeconds(1),
        LeaseRenewInterval = TimeSpan.FromMilliseconds(250),
    };

    /// <summary>
    /// Slow, steady timings (lease TTL 10 s) for tests that are not about failover: a late renewal under CPU load
    /// must not expire a lease mid-test and make fencing refuse a write the test expects to succeed.
    /// </summary>
    public static RedisClusterOptions SteadyOptions() => FastOptions() with
    {
        DeathTimeout = TimeSpan.FromSeconds(10),
        DeadNodeRetention = TimeSpan.FromSeconds(20),
        LeaseTtl = TimeSpan.FromSeconds(10),
        LeaseRenewInterval = TimeSpan.FromMilliseconds(500),
    };

    public async Task InitializeAsync() => _server = await RedisServerProcess.StartAsync();

    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }
}
