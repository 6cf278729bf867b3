using Voice.Runtime.Tests.Grains;
using Voice.Runtime.Tests.Support;

namespace Voice.Runtime.Tests.Hosting;

public sealed class CallTimeoutTests
{
    [Fact]
    public async Task CallExceedingTimeout_ThrowsGrainCallTimeoutNamingTypeKeyAndMethod()
    {
        await using var host = new RuntimeHost(o => o.CallTimeout = TimeSpan.FromSeconds(5));
        var grain = host.Runtime.GetGrain<ITurnGrain>("slow");
        var call = grain.HoldAsync("never");
        await host.Probe.WaitForSignalAsync("holding never");

        host.Time.Advance(TimeSpan.FromSeconds(5));

        var error = await Assert.ThrowsAsync<GrainCallTimeoutException>(() => call);
        Assert.Contains("'turn'", error.Message, StringComparison.Ordinal);
        Assert.Contains("'slow'", error.Message, StringComparison.Ordinal);
        Assert.Contains("'HoldAsync'", error.Message, StringComparison.Ordinal);
        Assert.Equal(new GrainId("turn", "slow"), error.GrainId);
        host.Probe.Gate("never").SetResult();
    }

    [Fact]
    public async Task QueuedCall_TimesOutWhileWaitingForTurn()
    {
        await using var host = new RuntimeHost(o => o.CallTimeout = TimeSpan.FromSeconds(5));
        var grain = host.Runtime.GetGrain<ITurnGrain>("busy");
        _ = grain.HoldAsync("busy-gate");
        await host.Probe.WaitForSignalAsync("holding busy-gate");
        var queued = grain.NameAsync();

        host.Time.Advance(TimeSpan.FromSeconds(4));
        Assert.False(queued.IsCompleted);
        host.Time.Advance(TimeSpan.FromSeconds(1));

        var error = await Assert.ThrowsAsync<GrainCallTimeoutException>(() => queued);
        Assert.Equal("NameAsync", error.MethodName);
        host.Probe.Gate("busy-gate").SetResult();
    }
}
