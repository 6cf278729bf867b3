using Microsoft.Extensions.DependencyInjection;
using Voice.Runtime.Hosting;
using Voice.Runtime.Placement;
using Voice.Runtime.Tests.Grains;
using Voice.Runtime.Tests.Support;

namespace Voice.Runtime.Tests.Placement;

/// <summary>A call whose slot has no owner yet (a failover in progress) waits for one, within the call timeout.</summary>
public sealed class UnplacedCallTests
{
    [Fact]
    public async Task CallWhileNoNodeOwnsTheSlot_IsRoutedOnceAnOwnerAppears()
    {
        var (provider, table) = Build(TimeSpan.FromSeconds(10));
        await using var _ = provider;
        var runtime = provider.GetRequiredService<GrainRuntime>();

        var call = runtime.GetGrain<IEchoGrain>("e1").EchoAsync(42);
        await WaitUntilAsync(() => Volatile.Read(ref table.Lookups) >= 3);
        var stillWaiting = !call.IsCompleted;
        table.Settle();

        Assert.True(stillWaiting);
        Assert.Equal(42, await call.WaitAsync(TimeSpan.FromSeconds(10)));
    }

    [Fact]
    public async Task CallWhoseSlotNeverGetsAnOwner_TimesOut()
    {
        var (provider, _) = Build(TimeSpan.FromMilliseconds(400));
        await using var __ = provider;
        var runtime = provider.GetRequiredService<GrainRuntime>();

        await Assert.ThrowsAsync<GrainCallTimeoutException>(
            () => runtime.GetGrain<IEchoGrain>("e2").EchoAsync(1).WaitAsync(TimeSpan.FromSeconds(10)));
    }

    private static (ServiceProvider Provider, UnplacedSlotTable Table) Build(TimeSpan callTimeout)
    {
        var services = new ServiceCollection();
        var table = new UnplacedSlotTable("local");
        services.AddSingleton<ISlotTable>(table);
        RuntimeHost.AddTestGrains(services, new GrainProbe());
        services.AddGrainRuntime(options =>
        {
            options.JsonTypeInfoResolvers.Add(TestGrainJsonContext.Default);
            options.CallTimeout = callTimeout;
        });
        return (services.BuildServiceProvider(), table);
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        for (var attempt = 0; attempt < 400 && !condition(); attempt++)
        {
            await Task.Delay(10);
        }
    }
}
