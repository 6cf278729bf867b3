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
    public async Task ManyCallersRacingFastAndQueuedPaths_EveryCallCompletes()
    {
        await using var host = new RuntimeHost();
        var grain = host.Runtime.GetGrain<IEchoGrain>("race");
        await grain.EchoAsync(0);

        var callers = Enumerable.Range(0, 8).Select(c => Task.Run(async () =>
        {
            var sum = 0L;
            for (var i = 0; i < 20_000; i++)
            {
                sum += await grain.EchoAsync(i);
            }

            return sum;
        }));
        // The guard turns a lost wakeup (a queued call nobody pumps) into a failure instead of a hang.
        var sums = await Task.WhenAll(callers).WaitAsync(TimeSpan.FromSeconds(30));

        Assert.All(sums, s => Assert.Equal(19_999L * 20_000 / 2, s));
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
