using Voice.Runtime.Redis.Tests.Grains;

namespace Voice.Runtime.Redis.Tests.Support;

/// <summary>Two runtimes ("a", "b") on one redis-server with failover-speed timings, balanced before each test.</summary>
public abstract class TwoNodeCluster(RedisServerFixture fixture) : IClassFixture<RedisServerFixture>, IAsyncLifetime
{
    protected TestNetwork Network { get; } = new();

    protected ClusterProbe Probe { get; } = new();

    protected ClusterWaits Waits { get; } = new();

    protected RuntimeNode A { get; private set; } = null!;

    protected RuntimeNode B { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var options = RedisServerFixture.FastOptions();
        A = await RuntimeNode.StartAsync(fixture, options, "a", Network, Probe);
        B = await RuntimeNode.StartAsync(fixture, options, "b", Network, Probe);
        Waits.Watch(A);
        Waits.Watch(B);
        await Waits.UntilBalancedAsync(A, B);
    }

    public async Task DisposeAsync()
    {
        await A.DisposeAsync();
        await B.DisposeAsync();
    }
}
