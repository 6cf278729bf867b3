using System.Diagnostics;
using System.Text.Json;
using Voice.Runtime.Redis.Tests.Grains;
using Voice.Runtime.Redis.Tests.Support;

namespace Voice.Runtime.Redis.Tests.Hosting;

/// <summary>Two grain runtimes wired to one redis-server through AddRedisClustering; state survives slot moves.</summary>
public sealed class ClusterFailoverTests(RedisServerFixture fixture) : TwoNodeCluster(fixture)
{
    [Fact]
    public async Task GracefulStop_GrainFlushesOnHandover_StateReadOnOtherNode()
    {
        var key = ClusterWaits.KeyOwnedBy(A, "graceful-");
        Assert.Equal("a", await B.Ledger(key).WhereAsync()); // routed from b to a
        Assert.Equal(5, await B.Ledger(key).AddAsync(5));
        await B.Ledger(key).NoteAsync(7); // in memory only: the handover deactivation writes it

        await A.StopAsync();
        await Probe.WaitForAsync($"deactivated:a:{key}:SlotMoved");
        await Waits.UntilOwnsAsync(B, ClusterWaits.SlotOf(key));

        Assert.Equal("b", await B.Ledger(key).WhereAsync());
        Assert.Equal(12, await B.Ledger(key).GetAsync());
    }

    [Fact]
    public async Task Crash_SlotsReclaimedWithinLeaseTtlPlusRenew_StateReadOnOtherNode()
    {
        var key = ClusterWaits.KeyOwnedBy(A, "crash-");
        var slot = ClusterWaits.SlotOf(key);
        Assert.Equal(3, await A.Ledger(key).AddAsync(3));

        var clock = Stopwatch.StartNew();
        await A.CrashAsync();
        await Waits.UntilOwnsAsync(B, slot);
        clock.Stop();

        // Death timeout 1 s / lease TTL 1 s, then the next heartbeat or renew pass: well under 4 s even on a busy box.
        Assert.InRange(clock.Elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(4));
        Assert.Equal("b", await B.Ledger(key).WhereAsync());
        Assert.Equal(3, await B.Ledger(key).GetAsync());
        Assert.True(B.OwnedSlots.Count == 1024, "b holds every slot after a's crash");
    }

    [Fact]
    public async Task StaleOwner_WritesAfterTakeover_ThrowsInconsistentStateAndLeavesStoredStateAlone()
    {
        var key = ClusterWaits.KeyOwnedBy(A, "stale-");
        var slot = ClusterWaits.SlotOf(key);
        Assert.Equal(1, await A.Ledger(key).AddAsync(1));

        await A.PauseAsync(); // a keeps its activation and its belief that it owns the slot
        await Waits.UntilOwnsAsync(B, slot);
        Assert.Equal(11, await B.Ledger(key).AddAsync(10));

        var refused = await Assert.ThrowsAsync<InconsistentStateException>(() => A.Ledger(key).AddAsync(5));
        Assert.Equal(slot, refused.Slot);
        Assert.True(refused.Epoch < B.OwnedSlots[slot], "the refused write carried the older epoch");
        await Probe.WaitForAsync($"deactivated:a:{key}:InconsistentState");

        var stored = await B.Cluster.Node.States.ReadAsync("ledger", key);
        using (var json = JsonDocument.Parse(stored.Data))
        {
            Assert.Equal(11, json.RootElement.GetProperty("total").GetInt32());
        }

        Assert.False(A.Runtime.IsActivatedHere(new GrainId("ledger", key)));
    }
}
