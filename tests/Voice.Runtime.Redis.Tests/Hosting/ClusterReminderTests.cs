using Voice.Runtime.Redis.Adapters;
using Voice.Runtime.Redis.Tests.Grains;
using Voice.Runtime.Redis.Tests.Support;

namespace Voice.Runtime.Redis.Tests.Hosting;

/// <summary>Durable reminders: armed by the slot's holder, re-armed by the next holder after a crash.</summary>
public sealed class ClusterReminderTests(RedisServerFixture fixture) : TwoNodeCluster(fixture)
{
    [Fact]
    public async Task Reminder_RegisteredOnA_FiresOnBAfterACrashes()
    {
        var key = ClusterWaits.KeyOwnedBy(A, "remind-");
        var slot = ClusterWaits.SlotOf(key);
        await A.Ledger(key).RemindAsync("wake", TimeSpan.FromMilliseconds(300), TimeSpan.FromMilliseconds(200));
        await A.CrashAsync(); // before it is due: a never fires it

        await Waits.UntilOwnsAsync(B, slot);
        await Probe.WaitForAsync($"reminder:b:{key}:wake");
        // b re-arms only after advancing the due time in Redis under its own epoch, so a second tick proves the advance.
        await Probe.WaitForAsync($"reminder:b:{key}:wake");

        var stored = (await B.Cluster.Node.Reminders.ReadSlotAsync(slot)).Single(r => r.Key == key);
        Assert.Equal(TimeSpan.FromMilliseconds(200), stored.Period);
        Assert.Equal(1, B.Cluster.Reminders.ArmedCount);
    }

    [Fact]
    public async Task Reminder_Periodic_FiresRepeatedlyOnOwner()
    {
        var key = ClusterWaits.KeyOwnedBy(B, "tick-");
        await A.Ledger(key).RemindAsync("tick", TimeSpan.FromMilliseconds(50), TimeSpan.FromMilliseconds(100)); // a → b remotely

        await Probe.WaitForAsync($"reminder:b:{key}:tick");
        await Probe.WaitForAsync($"reminder:b:{key}:tick");
        Assert.Equal(1, B.Cluster.Reminders.ArmedCount);
        Assert.Equal(0, A.Cluster.Reminders.ArmedCount);
    }

    [Fact]
    public async Task RegisterOrUpdate_OnNodeNotHoldingTheSlot_ThrowsSlotUnavailable()
    {
        var key = ClusterWaits.KeyOwnedBy(B, "elsewhere-");

        await Assert.ThrowsAsync<SlotUnavailableException>(() => A.Cluster.Reminders.RegisterOrUpdateAsync(new GrainId("ledger", key), "x", TimeSpan.FromSeconds(1), TimeSpan.Zero));
    }
}
