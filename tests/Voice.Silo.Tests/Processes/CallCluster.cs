using System.Globalization;
using System.Text.Json;
using Voice.Redis.Commands;
using Voice.Redis.Connection;
using Voice.Runtime;
using Voice.Runtime.Placement;
using Voice.Runtime.Redis.Options;
using Voice.Testing;

namespace Voice.Silo.Tests.Processes;

/// <summary>
/// A private redis-server and three node hosts in cluster mode (silo-a, silo-b, silo-c) with the demo tenant, digest
/// offered as MD5 only (SIPp 3.6 knows no SHA-256). One per test: the tests kill nodes.
/// </summary>
internal sealed class CallCluster : IAsyncDisposable
{
    private const string CallThreadGrainType = "callthread";
    private static readonly string[] NodeIds = ["silo-a", "silo-b", "silo-c"];
    private static readonly TimeSpan Settle = TimeSpan.FromSeconds(45);
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(100);
    private static readonly string KeyPrefix = new RedisClusterOptions().KeyPrefix;
    private readonly List<SiloProcess> _nodes = [];
    private RedisClient? _redis;
    private CallEventStream? _events;

    private CallCluster(RedisServerProcess redisServer) => RedisServer = redisServer;

    public RedisServerProcess RedisServer { get; }

    public IReadOnlyList<SiloProcess> Nodes => _nodes;

    public CallEventStream Events => _events ?? throw new InvalidOperationException("not started");

    public static async Task<CallCluster> StartAsync()
    {
        var cluster = new CallCluster(await RedisServerProcess.StartAsync());
        try
        {
            await cluster.StartNodesAsync();
            cluster._redis = await RedisClient.ConnectAsync(new RedisClientOptions { EndPoint = cluster.RedisServer.EndPoint });
            cluster._events = await CallEventStream.ConnectAsync(cluster.RedisServer.EndPoint, KeyPrefix);
            await cluster.WaitUntilBalancedAsync();
            return cluster;
        }
        catch
        {
            await cluster.DisposeAsync();
            throw;
        }
    }

    /// <summary>
    /// The node holding the lease of the slot of call thread <paramref name="callThreadKey"/> (or of the grain of
    /// <paramref name="grainType"/> with that key, e.g. the call's routing session); null while the slot is free.
    /// </summary>
    public async Task<string?> SlotOwnerAsync(string callThreadKey, string grainType = CallThreadGrainType)
    {
        var slot = SlotHasher.GetSlot(new GrainId(grainType, callThreadKey));
        var owner = await _redis!.HashGetAsync(KeyPrefix + "slot:" + slot.ToString(CultureInfo.InvariantCulture) + ":lease", "owner");
        return owner.IsNull ? null : owner.ToString();
    }

    /// <summary>Polls (bounded) until the slot of <paramref name="callThreadKey"/> has an owner <paramref name="accept"/> takes.</summary>
    public async Task<string?> WaitForSlotOwnerAsync(string callThreadKey, Func<string?, bool> accept, TimeSpan limit, string grainType = CallThreadGrainType)
    {
        var deadline = DateTime.UtcNow + limit;
        while (true)
        {
            var owner = await SlotOwnerAsync(callThreadKey, grainType);
            if (accept(owner) || DateTime.UtcNow > deadline)
            {
                return owner;
            }

            // A lease expiring is announced nowhere: read it again, bounded by the limit.
            await Task.Delay(PollInterval);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_events is not null)
        {
            await _events.DisposeAsync();
        }

        if (_redis is not null)
        {
            await _redis.DisposeAsync();
        }

        foreach (var node in _nodes)
        {
            await node.DisposeAsync();
        }

        await RedisServer.DisposeAsync();
    }

    private async Task StartNodesAsync()
    {
        var tenant = Path.Combine(Binaries.RepositoryRoot, "deploy", "demo-tenant.yaml");
        var starts = NodeIds.Select(id => SiloProcess.StartAsync(id, tenant, RedisServer.EndPoint, "--digest-algorithms", "MD5")).ToList();
        try
        {
            await Task.WhenAll(starts);
        }
        finally
        {
            // Keep whatever started, in node order, so DisposeAsync stops it even when another node failed to start.
            _nodes.AddRange(starts.Where(s => s.IsCompletedSuccessfully).Select(s => s.Result));
        }
    }

    /// <summary>
    /// Every node owns slots, none is free, and the counts stayed the same over one lease-renew interval (1 s): the
    /// rebalance is over, so the slot a node's gateway picks for a new call thread stays that node's.
    /// </summary>
    private async Task WaitUntilBalancedAsync()
    {
        var deadline = DateTime.UtcNow + Settle;
        var previous = "";
        while (true)
        {
            var view = await _nodes[0].GetJsonAsync("/cluster");
            var counts = Balanced(view) ? string.Join(',', view.GetProperty("members").EnumerateArray().Select(m => $"{m.GetProperty("nodeId").GetString()}={m.GetProperty("slots").GetInt32()}").Order(StringComparer.Ordinal)) : "";
            if (counts.Length > 0 && counts == previous)
            {
                return;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"the three nodes did not settle within {Settle}: {view}");
            }

            previous = counts;
            await Task.Delay(TimeSpan.FromSeconds(1));
        }
    }

    private static bool Balanced(JsonElement view) =>
        view.GetProperty("members").GetArrayLength() == NodeIds.Length && view.GetProperty("unownedSlots").GetInt32() == 0
        && view.GetProperty("members").EnumerateArray().All(m => m.GetProperty("slots").GetInt32() > 0);
}
