using Voice.Runtime.Placement;
using Voice.Runtime.Redis.Options;
using Voice.Runtime.Redis.Tests.Support;

namespace Voice.Runtime.Redis.Tests.Placement;

/// <summary>Kills this class's own redis-server, so it does not share one with other tests.</summary>
public class RedisOutageTests(RedisServerFixture fixture) : IClassFixture<RedisServerFixture>
{
    private readonly RedisClusterOptions _options = RedisServerFixture.FastOptions();
    private readonly ChangeSignal _signal = new();

    [Fact]
    public async Task RedisUnreachable_LeasesCannotBeRenewed_NodeDropsEverySlotSoonAfterTtl()
    {
        await using TestNode a = await TestNode.StartAsync(fixture, _options, "a", _signal);
        await _signal.WaitUntilAsync(() => a.Leases.OwnedSlots.Count == SlotHasher.SlotCount, TimeSpan.FromSeconds(5), "a owns every slot");
        (int slot, long epoch) = a.Leases.OwnedSlots.First();

        long killedAt = TimeProvider.System.GetTimestamp();
        await fixture.Server.KillAsync();
        await _signal.WaitUntilAsync(() => a.Leases.OwnedSlots.Count == 0, TimeSpan.FromSeconds(5), "a drops its slots");
        TimeSpan dropped = TimeProvider.System.GetElapsedTime(killedAt);
        // SlotLost is raised slot by slot after the owned set is published: wait for the last one, not just the set.
        await _signal.WaitUntilAsync(() => a.Lost.Distinct().Count() == SlotHasher.SlotCount, TimeSpan.FromSeconds(5), "SlotLost for every slot");

        Assert.False(a.Leases.IsOwner(slot, epoch));
        Assert.Equal(SlotHasher.SlotCount, a.Lost.Distinct().Count());
        // The leases (renewed about one interval before the kill) cannot outlive the TTL; the node gives up within
        // one more pass timeout (TTL) after that. Generous slack: timers run late on a loaded machine.
        Assert.True(dropped < (3 * _options.LeaseTtl) + _options.LeaseRenewInterval, $"dropped after {dropped}");
    }
}
