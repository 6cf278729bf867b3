using System.Globalization;
using Voice.Client;
using Voice.Runtime.Redis.Options;
using Voice.Runtime.TestNode.Grains;
using Voice.Testing;

namespace Voice.Runtime.Cluster.Tests;

/// <summary>
/// A real cluster: one redis-server and three node processes (tests/Voice.Runtime.TestNode) on loopback, plus a
/// grain client that finds them through Redis. Nodes use production lease timings (3 s) so failover figures mean
/// what they say.
/// </summary>
public sealed class ClusterProcesses : IAsyncDisposable
{
    public const int LeaseMilliseconds = 3000;
    private static readonly TimeSpan ViewPollInterval = TimeSpan.FromMilliseconds(100);
    private readonly Dictionary<string, ChildProcess> _nodes = new(StringComparer.Ordinal);

    private ClusterProcesses(RedisServerProcess redis) => Redis = redis;

    public RedisServerProcess Redis { get; }

    public RedisGrainClient Client { get; private set; } = null!;

    public IReadOnlyDictionary<string, ChildProcess> Nodes => _nodes;

    public static async Task<ClusterProcesses> StartAsync(int nodeCount)
    {
        var cluster = new ClusterProcesses(await RedisServerProcess.StartAsync());
        try
        {
            await Task.WhenAll(Enumerable.Range(1, nodeCount).Select(i => cluster.StartNodeAsync($"node{i}")));
            cluster.Client = await RedisGrainClient.ConnectAsync(
                cluster.Redis.EndPoint,
                o =>
                {
                    o.ClientId = "test-client";
                    o.CallTimeout = TimeSpan.FromSeconds(10);
                    o.JsonTypeInfoResolvers.Add(TestNodeJsonContext.Default);
                },
                new RedisClusterOptions { LeaseRenewInterval = TimeSpan.FromMilliseconds(200), DeathTimeout = TimeSpan.FromMilliseconds(LeaseMilliseconds) });
            await cluster.WaitUntilAsync(v => v.Members.Length == nodeCount && v.UnownedSlots == 0, TimeSpan.FromSeconds(30));
            return cluster;
        }
        catch
        {
            await cluster.DisposeAsync();
            throw;
        }
    }

    public IRegisterGrain Register(string key) => Client.GetGrain<IRegisterGrain>(key);

    /// <summary>Waits (bounded) until the client's view of the cluster satisfies <paramref name="condition"/>.</summary>
    public async Task WaitUntilAsync(Func<Voice.Runtime.Redis.Observation.ClusterViewSnapshot, bool> condition, TimeSpan limit)
    {
        var deadline = DateTime.UtcNow + limit;
        while (!condition(await Client.RefreshViewAsync()))
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"cluster view did not settle within {limit}: {Client.View.Members.Length} members, {Client.View.UnownedSlots} unowned slots");
            }

            // Other processes' state in Redis offers no signal to wait on: re-read it, bounded by the limit.
            await Task.Delay(ViewPollInterval);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (Client is not null)
        {
            await Client.DisposeAsync();
        }

        foreach (var node in _nodes.Values)
        {
            await node.DisposeAsync();
        }

        await Redis.DisposeAsync();
    }

    private async Task StartNodeAsync(string nodeId)
    {
        var node = await ChildProcess.StartAsync(
            "dotnet",
            [NodeAssemblyPath(), "--node-id", nodeId, "--redis", Redis.EndPoint,
             "--http-port", FreePort.Tcp().ToString(CultureInfo.InvariantCulture),
             "--lease-ms", LeaseMilliseconds.ToString(CultureInfo.InvariantCulture)],
            $"NODE READY {nodeId}",
            TimeSpan.FromSeconds(60));
        lock (_nodes)
        {
            _nodes[nodeId] = node;
        }
    }

    // The node's own build output, in the same configuration as this test assembly.
    private static string NodeAssemblyPath()
    {
        var testDir = AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar);
        var nodeDir = testDir.Replace("Voice.Runtime.Cluster.Tests", "Voice.Runtime.TestNode", StringComparison.Ordinal);
        return Path.Combine(nodeDir, "Voice.Runtime.TestNode.dll");
    }
}
