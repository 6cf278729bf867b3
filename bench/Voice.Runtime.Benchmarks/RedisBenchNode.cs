using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Voice.Redis.Connection;
using Voice.Runtime.Hosting;
using Voice.Runtime.Placement;
using Voice.Runtime.Redis.Hosting;
using Voice.Runtime.Redis.Options;
using Voice.Testing;

namespace Voice.Runtime.Benchmarks;

/// <summary>
/// A private redis-server (free loopback port, no RDB, no AOF) and one runtime node with AddRedisClustering; being
/// the only member, the node claims all 1024 slots, so every grain is local and every write is fenced by a real lease.
/// </summary>
internal sealed class RedisBenchNode : IAsyncDisposable
{
    private readonly RedisServerProcess _server;
    private readonly IHost _host;

    private RedisBenchNode(RedisServerProcess server, IHost host)
    {
        _server = server;
        _host = host;
        Runtime = host.Services.GetRequiredService<GrainRuntime>();
        Cluster = host.Services.GetRequiredService<RedisClusterHost>();
    }

    public GrainRuntime Runtime { get; }

    public RedisClusterHost Cluster { get; }

    public string RedisEndPoint => _server.EndPoint;

    public static async Task<RedisBenchNode> StartAsync()
    {
        var server = await RedisServerProcess.StartAsync();
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.ClearProviders();
        builder.Services.AddGrain<IBenchWriterGrain, BenchWriterGrain>();
        builder.Services.AddGrainRuntime(o =>
        {
            o.NodeId = "bench-node";
            o.JsonTypeInfoResolvers.Add(BenchJsonContext.Default);
        });
        builder.Services.AddRedisClustering(o =>
        {
            o.Client = new RedisClientOptions { EndPoint = server.EndPoint };
            o.Cluster = new RedisClusterOptions { KeyPrefix = "bench:" };
        });
        var host = builder.Build();
        await host.StartAsync();
        var node = new RedisBenchNode(server, host);
        var owned = node.Cluster.Node.Leases.OwnedSlots.Count;
        if (owned != SlotHasher.SlotCount)
        {
            await node.DisposeAsync();
            throw new InvalidOperationException($"The bench node owns {owned} slots, expected all {SlotHasher.SlotCount}.");
        }

        return node;
    }

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
        await _server.DisposeAsync();
    }
}
