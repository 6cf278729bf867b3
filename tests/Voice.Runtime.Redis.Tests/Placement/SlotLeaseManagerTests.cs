using Voice.Runtime.Placement;
using Voice.Runtime.Redis.Options;
using Voice.Runtime.Redis.Placement;
using Voice.Runtime.Redis.Tests.Support;

namespace Voice.Runtime.Redis.Tests.Placement;

public class SlotLeaseManagerTests(RedisServerFixture fixture) : IClassFixture<RedisServerFixture>
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);
    private readonly ChangeSignal _signal = new();
    private RedisClusterOptions _options = RedisServerFixture.FastOptions();

    [Fact]
    public async Task ThreeNodes_Settled_EverySlotOwnedExactlyOnceByItsRendezvousOwner()
    {
        await using TestNode a = await StartAsync("a"), b = await StartAsync("b"), c = await StartAsync("c");

        await WaitSettledAsync([a, b, c]);

        Assert.Equal(SlotHasher.SlotCount, a.Leases.OwnedSlots.Count + b.Leases.OwnedSlots.Count + c.Leases.OwnedSlots.Count);
        SlotOwner?[] inRedis = await Task.WhenAll(Enumerable.Range(0, SlotHasher.SlotCount).Select(slot => a.Leases.GetOwnerAsync(slot)));
        foreach (TestNode node in new[] { a, b, c })
        {
            Assert.All(node.Leases.OwnedSlots, pair => Assert.Equal(new SlotOwner(node.Id, pair.Value), inRedis[pair.Key]));
        }
    }

    [Fact]
    public async Task StopAsync_Graceful_HandsOverWhileStillHoldingLeaseThenOthersClaimWithHigherEpochs()
    {
        await using TestNode a = await StartAsync("a"), b = await StartAsync("b"), c = await StartAsync("c");
        await WaitSettledAsync([a, b, c]);
        Dictionary<int, long> before = b.Leases.OwnedSlots.ToDictionary();
        b.HandedOver.Clear(); // forget rebalancing handovers from the start-up
        b.Lost.Clear();

        await b.Node.StopAsync();

        Assert.Empty(b.Leases.OwnedSlots);
        Assert.Equal(before.Keys.Order(), b.HandedOver.Select(h => h.Slot).Order());
        // Each callback ran before the release: the lease was still b's at the same epoch.
        Assert.All(b.HandedOver, h => Assert.Equal(new SlotOwner("b", before[h.Slot]), h.OwnerDuringHandover));
        Assert.Equal(before.Keys.Order(), b.Lost.Order());

        await WaitSettledAsync([a, c]);
        Assert.All(before, pair => Assert.True(OwnerEpoch([a, c], pair.Key) > pair.Value, $"slot {pair.Key} epoch rose"));
    }

    [Fact]
    public async Task Crash_OwnerStopsRenewing_SlotsClaimedByOthersAfterLeaseExpiryWithHigherEpochs()
    {
        await using TestNode a = await StartAsync("a"), b = await StartAsync("b"), c = await StartAsync("c");
        await WaitSettledAsync([a, b, c]);
        Dictionary<int, long> before = c.Leases.OwnedSlots.ToDictionary();

        long crashedAt = TimeProvider.System.GetTimestamp();
        await c.CrashAsync();
        await WaitSettledAsync([a, b]);
        TimeSpan failover = TimeProvider.System.GetElapsedTime(crashedAt);

        Assert.Empty(c.HandedOver); // nothing was handed over or released: the leases had to expire
        // Renewed shortly before the crash, the leases had most of a TTL left (half, allowing for late timers).
        Assert.True(failover >= _options.LeaseTtl / 2, $"claimed only after expiry ({failover})");
        Assert.True(failover < TimeSpan.FromSeconds(4), $"failover took {failover}");
        Assert.All(before, pair => Assert.True(OwnerEpoch([a, b], pair.Key) > pair.Value, $"slot {pair.Key} epoch rose"));
    }

    [Fact]
    public async Task Crash_DefaultTimings_SlotsOwnedElsewhereWithinFiveSeconds()
    {
        _options = new RedisClusterOptions { KeyPrefix = $"t{Guid.NewGuid():N}:" };
        await using TestNode a = await StartAsync("a"), b = await StartAsync("b");
        await WaitSettledAsync([a, b]);

        long crashedAt = TimeProvider.System.GetTimestamp();
        await b.CrashAsync();
        await WaitSettledAsync([a]);

        Assert.InRange(TimeProvider.System.GetElapsedTime(crashedAt), TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task IsOwnerAndTryGetOwner_AfterSettling_AgreeWithTheLeases()
    {
        await using TestNode a = await StartAsync("a"), b = await StartAsync("b");
        await WaitSettledAsync([a, b]);
        (int slot, long epoch) = a.Leases.OwnedSlots.First();

        Assert.True(a.Leases.IsOwner(slot, epoch));
        Assert.False(a.Leases.IsOwner(slot, epoch + 1));
        Assert.False(b.Leases.IsOwner(slot, epoch));
        await b.Leases.RunPassAsync(); // refreshes b's cached table
        Assert.True(b.Leases.TryGetOwner(slot, out SlotOwner owner));
        Assert.Equal(new SlotOwner("a", epoch), owner);
        Assert.Contains((slot, epoch), a.Acquired);
    }

    private async Task<TestNode> StartAsync(string id) => await TestNode.StartAsync(fixture, _options, id, _signal);

    private Task WaitSettledAsync(TestNode[] nodes)
    {
        string[] ids = [.. nodes.Select(node => node.Id)];
        string?[] desired = RendezvousHash.Assign(SlotHasher.SlotCount, ids);
        return _signal.WaitUntilAsync(
            () => nodes.All(node =>
                node.Node.Membership.Current.NodeIds.SequenceEqual(ids)
                && node.Leases.OwnedSlots.Count == desired.Count(owner => owner == node.Id)
                && node.Leases.OwnedSlots.Keys.All(slot => desired[slot] == node.Id)),
            Timeout,
            $"slots settle over [{string.Join(",", ids)}]");
    }

    private static long OwnerEpoch(TestNode[] nodes, int slot) =>
        nodes.Select(node => node.Leases.OwnedSlots.GetValueOrDefault(slot)).Max();
}
