using Voice.Runtime.Tests.Grains;
using Voice.Runtime.Tests.Support;

namespace Voice.Runtime.Tests.Hosting;

public sealed class ReminderTests
{
    [Fact]
    public async Task Reminder_FiresEveryPeriodIntoReceiveReminder()
    {
        await using var host = new RuntimeHost();
        await host.Runtime.GetGrain<ITimerGrain>("r1").RegisterReminderAsync("wake", TimeSpan.FromMinutes(1));

        host.Time.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal("reminder r1 wake 00:01", await host.Probe.NextSignalAsync());
        host.Time.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal("reminder r1 wake 00:02", await host.Probe.NextSignalAsync());
    }

    [Fact]
    public async Task Reminder_AfterDeactivation_ReactivatesGrainAndDelivers()
    {
        await using var host = new RuntimeHost();
        var grain = host.Runtime.GetGrain<ITimerGrain>("r2");
        await grain.RegisterReminderAsync("wake", TimeSpan.FromMinutes(1));
        await grain.DeactivateAsync();
        await host.Probe.WaitForSignalAsync("deactivated r2 ApplicationRequested");
        Assert.False(host.Runtime.IsActivatedHere(new GrainId("timer", "r2")));

        host.Time.Advance(TimeSpan.FromMinutes(1));

        Assert.Equal("reminder r2 wake 00:01", await host.Probe.NextSignalAsync());
        Assert.True(host.Runtime.IsActivatedHere(new GrainId("timer", "r2")));
    }
}
