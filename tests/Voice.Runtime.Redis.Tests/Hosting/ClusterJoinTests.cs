using Voice.Runtime.Redis.Tests.Grains;
using Voice.Runtime.Redis.Tests.Support;

namespace Voice.Runtime.Redis.Tests.Hosting;

/// <summary>A node joining a running cluster takes its slots: the old owner flushes and deactivates first.</summary>
public sealed class ClusterJoinTests(RedisServerFixture fixture) : IClassFixture<RedisServerFixture>, IAsyncLifetime
{
    private readonly TestNetwork _network = new();
    private readonly ClusterProbe _probe = new();
    private readonly ClusterWaits _waits = new();
    private readonly List<RuntimeNode> _nodes = [];

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var node in _nodes)
        {
            await node.DisposeAsync();
        }
    }

    [Fact]
    public async Task Join_NewNodeTakesItsSlots_OldOwnerFlushesOnHandover_StateReadOnNewNode()
    {
        var options = RedisServerFixture.FastOptions();
        var a = await StartAsync(options, "a");
        await _waits.UntilBalancedAsync(a);
        Assert.Equal(1024, a.OwnedSlots.Count);

        var keys = Enumerable.Range(0, 64).Select(i => $"join-{i}").ToArray();
        foreach (var key in keys)
        {
            await a.Ledger(key).AddAsync(2);
            await a.Ledger(key).NoteAsync(3); // in memory only: written when the grain deactivates for the handover
        }

        var b = await StartAsync(options, "b");
        await _waits.UntilBalancedAsync(a, b);

        var moved = keys.Where(k => b.OwnedSlots.ContainsKey(ClusterWaits.SlotOf(k))).ToArray();
        Assert.NotEmpty(moved);
        Assert.InRange(b.OwnedSlots.Count, 1024 / 2 - 150, 1024 / 2 + 150);
        await _probe.WaitForAllAsync(moved.Select(key => $"deactivated:a:{key}:SlotMoved"));
        foreach (var key in moved)
        {
            Assert.Equal("b", await a.Ledger(key).WhereAsync());
            Assert.Equal(5, await b.Ledger(key).GetAsync());
        }
    }

    private async Task<RuntimeNode> StartAsync(Voice.Runtime.Redis.Options.RedisClusterOptions options, string id)
    {
        var node = await RuntimeNode.StartAsync(fixture, options, id, _network, _probe);
        _nodes.Add(node);
        _waits.Watch(node);
        return node;
    }
}
