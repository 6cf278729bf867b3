using Voice.Grains.Contracts.Registrar;
using Voice.Grains.Tests.Support;
using Voice.Runtime;
using Voice.Runtime.Reminders;
using static Voice.Grains.Tests.Registrar.DeviceTestData;

namespace Voice.Grains.Tests.Registrar;

/// <summary>
/// Expiry through the durable reminder, on fake time: advancing the clock fires the reminder synchronously, which
/// queues its tick on the activation; the next call to the grain is queued behind it, so awaiting that call is the
/// signal that the tick's turn has run.
/// </summary>
public sealed class DeviceGrainExpiryTests
{
    private const string Key = "demo:1001";

    [Fact]
    public async Task Expiry_LastBinding_IsRemovedAndPublishesOutOfService()
    {
        await using var host = new GrainsHost();
        var device = host.Device(Key);
        await device.RegisterAsync(Register("c1", 1, 60, Contact("a")));

        host.Time.Advance(TimeSpan.FromSeconds(61));
        await device.GetBindingsAsync();

        var events = await ServiceEventsAsync(host, Key);
        Assert.Equal([DnServiceEvent.BackInService, DnServiceEvent.OutOfService], events.Select(e => e.Event.Id));
        Assert.Equal("Expired", events[1].Event.Reasons!["Reason"]);
        Assert.Empty(await RemindersAsync(host));
    }

    [Fact]
    public async Task Expiry_EarlierOfTwo_RemovesItAndReArmsForTheOther()
    {
        await using var host = new GrainsHost();
        var device = host.Device(Key);
        await device.RegisterAsync(Register("c1", 1, null, Contact("a", expires: 20), Contact("b", expires: 45)));

        host.Time.Advance(TimeSpan.FromSeconds(21));
        await device.GetBindingsAsync();
        var afterFirst = await ServiceEventsAsync(host, Key);
        // The reminder's safety period is a minute: only a re-arm to b's expiry (t=45) fires before t=46.
        host.Time.Advance(TimeSpan.FromSeconds(25));
        await device.GetBindingsAsync();

        Assert.Equal([DnServiceEvent.BackInService], afterFirst.Select(e => e.Event.Id));
        Assert.Equal(
            [DnServiceEvent.BackInService, DnServiceEvent.OutOfService],
            (await ServiceEventsAsync(host, Key)).Select(e => e.Event.Id));
        Assert.Empty(await device.GetBindingsAsync());
    }

    [Fact]
    public async Task Expiry_AfterDeactivation_ReminderActivatesGrainAndRemovesBinding()
    {
        await using var host = new GrainsHost();
        await host.Device(Key).RegisterAsync(Register("c1", 1, 30, Contact("a")));
        await host.DeactivateAsync("device", Key);

        host.Time.Advance(TimeSpan.FromSeconds(31));
        await host.Device(Key).GetBindingsAsync();

        Assert.Equal(DnServiceEvent.OutOfService, (await ServiceEventsAsync(host, Key))[^1].Event.Id);
    }

    [Fact]
    public async Task Events_AcrossChanges_CarryPerKeySeqMatchingTheLog()
    {
        await using var host = new GrainsHost();
        var device = host.Device(Key);
        await device.RegisterAsync(Register("c1", 1, 60, Contact("a")));
        await device.RegisterAsync(Register("c1", 2, 60, Contact("b")));
        await device.UnregisterAllAsync("c1", 3);
        await device.RegisterAsync(Register("c1", 4, 60, Contact("a")));
        await host.Device("demo:1002").RegisterAsync(Register("x", 1, 60, Contact("z")));

        var events = await ServiceEventsAsync(host, Key);
        var other = await ServiceEventsAsync(host, "demo:1002");

        Assert.Equal(
            [(DnServiceEvent.BackInService, 1L), (DnServiceEvent.OutOfService, 2L), (DnServiceEvent.BackInService, 3L)],
            events.Select(e => (e.Event.Id, e.Event.Seq)));
        Assert.All(events, e => Assert.Equal(e.LogSeq, e.Event.Seq));
        Assert.Equal(("demo", "1001"), (events[0].Event.CustomerId, events[0].Event.ThisDn));
        Assert.Equal((1L, "1002"), (Assert.Single(other).Event.Seq, other[0].Event.ThisDn));
    }

    private static Task<IReadOnlyList<ReminderRegistration>> RemindersAsync(GrainsHost host) =>
        host.Runtime.Reminders.GetRemindersAsync(new GrainId("device", Key));
}
