using Voice.Runtime.Tests.Grains;
using Voice.Runtime.Tests.Support;

namespace Voice.Runtime.Tests.Hosting;

public sealed class TurnSchedulingTests
{
    [Fact]
    public async Task ConcurrentCalls_NeverOverlapInOneActivation()
    {
        await using var host = new RuntimeHost();
        var grain = host.Runtime.GetGrain<ITurnGrain>("t1");

        var results = await Task.WhenAll(Enumerable.Range(0, 200).Select(i => Task.Run(() => grain.WorkAsync(i))));

        Assert.Equal(1, host.Probe.MaxInFlight);
        Assert.Equal(Enumerable.Range(1, 200), results.Order());
    }

    [Fact]
    public async Task CallChain_AToBToA_CompletesByReentrancy()
    {
        await using var host = new RuntimeHost();

        var answer = await host.Runtime.GetGrain<ITurnGrain>("A").CallPartnerAsync("B");

        Assert.Equal("via B -> turn:A", answer);
    }

    [Fact]
    public async Task CallFromAnotherChain_WaitsForTheRunningTurn()
    {
        await using var host = new RuntimeHost();
        var grain = host.Runtime.GetGrain<ITurnGrain>("t2");
        var holding = grain.HoldAsync("open");
        await host.Probe.WaitForSignalAsync("holding open");

        var waiting = grain.NameAsync();
        // Give the queued call every chance to run if it (wrongly) could: drain the thread pool queue.
        await Task.Run(() => { });
        await Task.Yield();

        Assert.False(waiting.IsCompleted);
        host.Probe.Gate("open").SetResult();
        await holding;
        Assert.Equal("turn:t2", await waiting);
    }
}
