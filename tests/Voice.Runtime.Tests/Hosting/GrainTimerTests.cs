using Voice.Runtime.Tests.Grains;
using Voice.Runtime.Tests.Support;

namespace Voice.Runtime.Tests.Hosting;

public sealed class GrainTimerTests
{
    [Fact]
    public async Task Timer_FiresEachPeriodAsATurn()
    {
        await using var host = new RuntimeHost();
        var grain = host.Runtime.GetGrain<ITimerGrain>("tm1");
        await grain.StartAsync(TimeSpan.FromSeconds(10));

        host.Time.Advance(TimeSpan.FromSeconds(10));
        await host.Probe.WaitForSignalAsync("tick 1");
        // A call queues behind the tick's turn, so the tick has fully completed once it returns.
        Assert.Equal(1, await grain.TicksAsync());
        host.Time.Advance(TimeSpan.FromSeconds(10));
        await host.Probe.WaitForSignalAsync("tick 2");

        Assert.Equal(2, await grain.TicksAsync());
    }

    [Fact]
    public async Task TimerTick_DuringRunningCall_WaitsUntilTheCallEnds()
    {
        await using var host = new RuntimeHost();
        var grain = host.Runtime.GetGrain<ITimerGrain>("tm2");
        await grain.StartAsync(TimeSpan.FromSeconds(10));
        var holding = grain.HoldAsync("hold");
        await host.Probe.WaitForSignalAsync("holding hold");

        host.Time.Advance(TimeSpan.FromSeconds(10));
        Assert.Equal(0, await Task.Run(() => 0));
        host.Probe.Gate("hold").SetResult();
        await holding;

        Assert.Equal("tick 1", await host.Probe.NextSignalAsync());
    }

    [Fact]
    public async Task Timer_StopsWhenActivationDeactivates()
    {
        await using var host = new RuntimeHost();
        var grain = host.Runtime.GetGrain<ITimerGrain>("tm3");
        await grain.StartAsync(TimeSpan.FromSeconds(10));
        Assert.True(host.Runtime.TryGetActivation(new GrainId("timer", "tm3"), out var activation));
        Assert.Equal(1, activation.TimerCount);

        await grain.DeactivateAsync();
        await activation.Deactivated;
        host.Time.Advance(TimeSpan.FromSeconds(30));

        Assert.Equal(0, activation.TimerCount);
        Assert.Equal(0, await grain.TicksAsync());
        Assert.Equal("deactivated tm3 ApplicationRequested", await host.Probe.NextSignalAsync());
    }
}
