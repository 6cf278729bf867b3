using Voice.Runtime.Redis.Adapters;
using Voice.Runtime.Redis.Tests.Grains;
using Voice.Runtime.Redis.Tests.Support;

namespace Voice.Runtime.Redis.Tests.Hosting;

/// <summary>Durable reminders: armed by the slot's holder, re-armed by the next holder after a crash.</summary>
public sealed class ClusterReminderTests(RedisServerFixture fixture) : IClassFixture<RedisServerFixture>, IAsyncLifetime
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
    public async Task Reminder_RegisteredOnA_FiresOnBAfterACrashes()
    {
        var key = ClusterWaits.KeyOwnedBy(_a, "remind-");
        var slot = ClusterWaits.SlotOf(key);
        await _a.Ledger(key).RemindAsync("wake", TimeSpan.FromMilliseconds(300), TimeSpan.FromMilliseconds(200));
        await _a.CrashAsync(); // before it is due: a never fires it

        await _waits.UntilOwnsAsync(_b, slot);
        await _probe.WaitForAsync($"reminder:b:{key}:wake");
        // b re-arms only after advancing the due time in Redis under its own epoch, so a second tick proves the advance.
        await _probe.WaitForAsync($"reminder:b:{key}:wake");

        var stored = (await _b.Cluster.Node.Reminders.ReadSlotAsync(slot)).Single(r => r.Key == key);
        Assert.Equal(TimeSpan.FromMilliseconds(200), stored.Period);
        Assert.Equal(1, _b.Cluster.Reminders.ArmedCount);
    }

    [Fact]
    public async Task Reminder_Periodic_FiresRepeatedlyOnOwner()
    {
        var key = ClusterWaits.KeyOwnedBy(_b, "tick-");
        await _a.Ledger(key).RemindAsync("tick", TimeSpan.FromMilliseconds(50), TimeSpan.FromMilliseconds(100)); // a → b remotely

        await _probe.WaitForAsync($"reminder:b:{key}:tick");
        await _probe.WaitForAsync($"reminder:b:{key}:tick");
        Assert.Equal(1, _b.Cluster.Reminders.ArmedCount);
        Assert.Equal(0, _a.Cluster.Reminders.ArmedCount);
    }

    [Fact]
    public async Task RegisterOrUpdate_OnNodeNotHoldingTheSlot_ThrowsSlotUnavailable()
    {
        var key = ClusterWaits.KeyOwnedBy(_b, "elsewhere-");

        await Assert.ThrowsAsync<SlotUnavailableException>(() => _a.Cluster.Reminders.RegisterOrUpdateAsync(new GrainId("ledger", key), "x", TimeSpan.FromSeconds(1), TimeSpan.Zero));
    }
}
