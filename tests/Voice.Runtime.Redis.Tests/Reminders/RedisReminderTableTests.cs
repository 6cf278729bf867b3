using Voice.Redis.Commands;
using Voice.Runtime.Redis.Options;
using Voice.Runtime.Redis.Reminders;
using Voice.Runtime.Redis.Tests.Support;

namespace Voice.Runtime.Redis.Tests.Reminders;

public class RedisReminderTableTests(RedisServerFixture fixture) : IClassFixture<RedisServerFixture>
{
    private static readonly DateTimeOffset T0 = new(2026, 1, 1, 12, 0, 0, TimeSpan.Zero);
    private readonly RedisClusterOptions _options = RedisServerFixture.SteadyOptions();

    [Fact]
    public async Task UpsertAsync_Reminders_ReadBackPerSlotEarliestFirst()
    {
        await using RedisClient client = await fixture.ConnectAsync();
        RedisReminderTable table = await TableWithLeasesAsync(client);
        var late = new ReminderEntry("call", "k/1", "timeout", TimeSpan.Zero, T0.AddMinutes(5));
        var early = new ReminderEntry("queue", "q\"2", "tick", TimeSpan.FromSeconds(30), T0.AddSeconds(1));
        var otherSlot = new ReminderEntry("call", "k3", "timeout", TimeSpan.Zero, T0);

        Assert.Equal(ReminderUpdateStatus.Applied, await table.UpsertAsync(1, 10, late));
        Assert.Equal(ReminderUpdateStatus.Applied, await table.UpsertAsync(1, 10, early));
        Assert.Equal(ReminderUpdateStatus.Applied, await table.UpsertAsync(2, 20, otherSlot));

        Assert.Equal([early, late], await table.ReadSlotAsync(1));
        Assert.Equal([otherSlot], await table.ReadSlotAsync(2));
        Assert.Empty(await table.ReadSlotAsync(3));
    }

    [Fact]
    public async Task ReadDueAsync_Until_ReturnsOnlyRemindersDueByThen()
    {
        await using RedisClient client = await fixture.ConnectAsync();
        RedisReminderTable table = await TableWithLeasesAsync(client);
        var due = new ReminderEntry("call", "a", "r", TimeSpan.FromSeconds(1), T0);
        var atLimit = new ReminderEntry("call", "b", "r", TimeSpan.Zero, T0.AddSeconds(10));
        await table.UpsertAsync(1, 10, due);
        await table.UpsertAsync(1, 10, atLimit);
        await table.UpsertAsync(1, 10, new ReminderEntry("call", "c", "r", TimeSpan.Zero, T0.AddSeconds(11)));

        Assert.Equal([due, atLimit], await table.ReadDueAsync(1, T0.AddSeconds(10)));
        Assert.Empty(await table.ReadDueAsync(1, T0.AddMilliseconds(-1)));
    }

    [Fact]
    public async Task UpsertAsync_SameName_ReplacesDefinition()
    {
        await using RedisClient client = await fixture.ConnectAsync();
        RedisReminderTable table = await TableWithLeasesAsync(client);
        await table.UpsertAsync(1, 10, new ReminderEntry("call", "a", "r", TimeSpan.FromSeconds(1), T0));
        var replaced = new ReminderEntry("call", "a", "r", TimeSpan.FromMinutes(1), T0.AddHours(1));

        await table.UpsertAsync(1, 10, replaced);

        Assert.Equal([replaced], await table.ReadSlotAsync(1));
    }

    [Fact]
    public async Task AdvanceAsync_FencedAndCompareAndSet_MovesDueOnlyForCurrentOwnerAndFiredDue()
    {
        await using RedisClient client = await fixture.ConnectAsync();
        RedisReminderTable table = await TableWithLeasesAsync(client);
        var reminder = new ReminderEntry("call", "a", "r", TimeSpan.FromSeconds(30), T0);
        await table.UpsertAsync(1, 10, reminder);

        Assert.Equal(ReminderUpdateStatus.StaleEpoch, await table.AdvanceAsync(1, 9, "call", "a", "r", T0, T0.AddSeconds(30)));
        Assert.Equal(ReminderUpdateStatus.DueChanged, await table.AdvanceAsync(1, 10, "call", "a", "r", T0.AddSeconds(1), T0.AddSeconds(30)));
        Assert.Equal(ReminderUpdateStatus.NotFound, await table.AdvanceAsync(1, 10, "call", "a", "other", T0, T0.AddSeconds(30)));
        Assert.Equal([reminder], await table.ReadSlotAsync(1));

        Assert.Equal(ReminderUpdateStatus.Applied, await table.AdvanceAsync(1, 10, "call", "a", "r", T0, T0.AddSeconds(30)));
        Assert.Equal([reminder with { NextDue = T0.AddSeconds(30) }], await table.ReadSlotAsync(1));
        Assert.Equal(ReminderUpdateStatus.DueChanged, await table.AdvanceAsync(1, 10, "call", "a", "r", T0, T0.AddSeconds(60)));
    }

    [Fact]
    public async Task UpsertAndRemove_StaleEpoch_ChangeNothing()
    {
        await using RedisClient client = await fixture.ConnectAsync();
        RedisReminderTable table = await TableWithLeasesAsync(client);
        var reminder = new ReminderEntry("call", "a", "r", TimeSpan.Zero, T0);
        await table.UpsertAsync(1, 10, reminder);
        await Leases.GrantAsync(client, _options, 1, "new-owner", 11);

        Assert.Equal(ReminderUpdateStatus.StaleEpoch, await table.UpsertAsync(1, 10, new ReminderEntry("call", "b", "r", TimeSpan.Zero, T0)));
        Assert.Equal(ReminderUpdateStatus.StaleEpoch, await table.RemoveAsync(1, 10, "call", "a", "r"));
        Assert.Equal([reminder], await table.ReadSlotAsync(1));

        Assert.Equal(ReminderUpdateStatus.Applied, await table.RemoveAsync(1, 11, "call", "a", "r"));
        Assert.Equal(ReminderUpdateStatus.NotFound, await table.RemoveAsync(1, 11, "call", "a", "r"));
        Assert.Empty(await table.ReadSlotAsync(1));
    }

    private async Task<RedisReminderTable> TableWithLeasesAsync(RedisClient client)
    {
        await Leases.GrantAsync(client, _options, 1, "me", 10);
        await Leases.GrantAsync(client, _options, 2, "me", 20);
        return new RedisReminderTable(client, _options);
    }
}
