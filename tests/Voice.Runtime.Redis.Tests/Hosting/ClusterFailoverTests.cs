using System.Diagnostics;
using System.Text.Json;
using Voice.Runtime.Redis.Tests.Grains;
using Voice.Runtime.Redis.Tests.Support;

namespace Voice.Runtime.Redis.Tests.Hosting;

/// <summary>Two grain runtimes wired to one redis-server through AddRedisClustering; state survives slot moves.</summary>
public sealed class ClusterFailoverTests(RedisServerFixture fixture) : IClassFixture<RedisServerFixture>, IAsyncLifetime
{
    private readonly TestNetwork _network = new();
    private readonly ClusterProbe _probe = new();
    private readonly ClusterWaits _waits = new();
    private RuntimeNode _a = null!;
    private RuntimeNode _b = null!;

    public async Task InitializeAsync()
    {
        var options = RedisServerFixture.FastOptions();
        _a = await RuntimeNode.StartAsync(fixture, options, "a", _network, _probe);
        _b = await RuntimeNode.StartAsync(fixture, options, "b", _network, _probe);
        _waits.Watch(_a);
        _waits.Watch(_b);
        await _waits.UntilBalancedAsync(_a, _b);
    }

    public async Task DisposeAsync()
    {
        await _a.DisposeAsync();
        await _b.DisposeAsync();
    }

    [Fact]
    public async Task GracefulStop_GrainFlushesOnHandover_StateReadOnOtherNode()
    {
        var key = ClusterWaits.KeyOwnedBy(_a, "graceful-");
        Assert.Equal("a", await _b.Ledger(key).WhereAsync()); // routed from b to a
        Assert.Equal(5, await _b.Ledger(key).AddAsync(5));
        await _b.Ledger(key).NoteAsync(7); // in memory only: the handover deactivation writes it

        await _a.StopAsync();
        await _probe.WaitForAsync($"deactivated:a:{key}:SlotMoved");
        await _waits.UntilOwnsAsync(_b, ClusterWaits.SlotOf(key));

        Assert.Equal("b", await _b.Ledger(key).WhereAsync());
        Assert.Equal(12, await _b.Ledger(key).GetAsync());
    }

    [Fact]
    public async Task Crash_SlotsReclaimedWithinLeaseTtlPlusRenew_StateReadOnOtherNode()
    {
        var key = ClusterWaits.KeyOwnedBy(_a, "crash-");
        var slot = ClusterWaits.SlotOf(key);
        Assert.Equal(3, await _a.Ledger(key).AddAsync(3));

        var clock = Stopwatch.StartNew();
        await _a.CrashAsync();
        await _waits.UntilOwnsAsync(_b, slot);
        clock.Stop();

        // Death timeout 1 s / lease TTL 1 s, then the next heartbeat or renew pass: well under 4 s even on a busy box.
        Assert.InRange(clock.Elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(4));
        Assert.Equal("b", await _b.Ledger(key).WhereAsync());
        Assert.Equal(3, await _b.Ledger(key).GetAsync());
        Assert.True(_b.OwnedSlots.Count == 1024, "b holds every slot after a's crash");
    }

    [Fact]
    public async Task StaleOwner_WritesAfterTakeover_ThrowsInconsistentStateAndLeavesStoredStateAlone()
    {
        var key = ClusterWaits.KeyOwnedBy(_a, "stale-");
        var slot = ClusterWaits.SlotOf(key);
        Assert.Equal(1, await _a.Ledger(key).AddAsync(1));

        await _a.PauseAsync(); // a keeps its activation and its belief that it owns the slot
        await _waits.UntilOwnsAsync(_b, slot);
        Assert.Equal(11, await _b.Ledger(key).AddAsync(10));

        var refused = await Assert.ThrowsAsync<InconsistentStateException>(() => _a.Ledger(key).AddAsync(5));
        Assert.Equal(slot, refused.Slot);
        Assert.True(refused.Epoch < _b.OwnedSlots[slot], "the refused write carried the older epoch");
        await _probe.WaitForAsync($"deactivated:a:{key}:InconsistentState");

        var stored = await _b.Cluster.Node.States.ReadAsync("ledger", key);
        using (var json = JsonDocument.Parse(stored.Data))
        {
            Assert.Equal(11, json.RootElement.GetProperty("total").GetInt32());
        }

        Assert.False(_a.Runtime.IsActivatedHere(new GrainId("ledger", key)));
    }
}
