using Voice.Runtime.Tests.Grains;
using Voice.Runtime.Tests.Support;

namespace Voice.Runtime.Tests.Hosting;

public sealed class IdleCollectionTests
{
    [Fact]
    public async Task IdleActivation_DeactivatedAfterCollectionAgeNotBefore()
    {
        await using var host = new RuntimeHost(o =>
        {
            o.IdleCollectionAge = TimeSpan.FromMinutes(10);
            o.CollectionQuantum = TimeSpan.FromMinutes(1);
        });
        await host.Runtime.GetGrain<IEchoGrain>("idle").EchoAsync(1);
        var id = new GrainId("echo", "idle");
        Assert.True(host.Runtime.TryGetActivation(id, out var activation));

        host.Time.Advance(TimeSpan.FromMinutes(10));
        Assert.False(activation.Deactivated.IsCompleted);
        host.Time.Advance(TimeSpan.FromMinutes(2));

        Assert.Equal("deactivated idle IdleCollection", await host.Probe.NextSignalAsync());
        await activation.Deactivated;
        Assert.False(host.Runtime.IsActivatedHere(id));
    }

    [Fact]
    public async Task ActivationInUse_IsNotCollected()
    {
        await using var host = new RuntimeHost(o =>
        {
            o.IdleCollectionAge = TimeSpan.FromMinutes(10);
            o.CollectionQuantum = TimeSpan.FromMinutes(1);
        });
        var grain = host.Runtime.GetGrain<IEchoGrain>("busy");

        for (var minute = 0; minute < 30; minute++)
        {
            await grain.EchoAsync(minute);
            host.Time.Advance(TimeSpan.FromMinutes(1));
        }

        Assert.True(host.Runtime.IsActivatedHere(new GrainId("echo", "busy")));
        Assert.DoesNotContain(host.Probe.Log, e => e.StartsWith("deactivate", StringComparison.Ordinal));
    }
}
