using Microsoft.Extensions.DependencyInjection;
using Voice.Redis.Connection;
using Voice.Runtime.Hosting;
using Voice.Runtime.Redis.Hosting;
using Voice.Runtime.Redis.Options;
using Voice.Runtime.Redis.Tests.Grains;
using Voice.Runtime.Remoting;

namespace Voice.Runtime.Redis.Tests.Support;

/// <summary>
/// One grain runtime node in this process, built like a real one: hosted services of AddGrainRuntime +
/// AddRedisClustering, sharing one redis-server and one <see cref="TestNetwork"/> with the other nodes.
/// </summary>
public sealed class RuntimeNode : IAsyncDisposable
{
    private readonly LifecycleHost _host;
    private readonly TestNetwork _network;

    private RuntimeNode(LifecycleHost host, TestNetwork network, string id)
    {
        _host = host;
        _network = network;
        Id = id;
        Runtime = host.Services.GetRequiredService<GrainRuntime>();
        Cluster = host.Services.GetRequiredService<RedisClusterHost>();
    }

    public string Id { get; }

    public GrainRuntime Runtime { get; }

    public RedisClusterHost Cluster { get; }

    public IReadOnlyDictionary<int, long> OwnedSlots => Cluster.Node.Leases.OwnedSlots;

    public static async Task<RuntimeNode> StartAsync(RedisServerFixture fixture, RedisClusterOptions options, string id, TestNetwork network, ClusterProbe probe)
    {
        var services = new ServiceCollection();
        services.AddSingleton(probe);
        services.AddSingleton<IRemoteGrainInvoker>(network);
        services.AddGrainRuntime(o =>
        {
            o.NodeId = id;
            o.CallTimeout = TimeSpan.FromSeconds(5);
            o.JsonTypeInfoResolvers.Add(LedgerJsonContext.Default);
        });
        services.AddGrain<ILedgerGrain, LedgerGrain>();
        services.AddRedisClustering(o =>
        {
            o.Client = new RedisClientOptions { EndPoint = fixture.Server.EndPoint };
            o.Cluster = options;
            o.HttpAddress = $"http://{id}:8080";
            o.EventTailBlock = TimeSpan.FromSeconds(1);
        });
        var node = new RuntimeNode(new LifecycleHost(services.BuildServiceProvider()), network, id);
        network.Register(node.Runtime);
        await node._host.StartAsync();
        return node;
    }

    public ILedgerGrain Ledger(string key) => Runtime.GetGrain<ILedgerGrain>(key);

    /// <summary>Graceful: the host stops (handover of every slot, leave), then the node is unreachable.</summary>
    public async Task StopAsync()
    {
        await _host.StopAsync();
        _network.TakeDown(Id);
    }

    /// <summary>Crash: unreachable at once; no heartbeat, renewal, release or reminder timer any more.</summary>
    public async Task CrashAsync()
    {
        _network.TakeDown(Id);
        await Cluster.DisposeAsync();
    }

    /// <summary>A paused owner: stops heartbeating and renewing but keeps its grains and its Redis connection.</summary>
    public Task PauseAsync() => Cluster.Node.DisposeAsync().AsTask();

    public async ValueTask DisposeAsync()
    {
        _network.TakeDown(Id);
        await Cluster.DisposeAsync();
        await _host.DisposeAsync();
    }
}
