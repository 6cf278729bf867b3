using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Voice.Runtime.Hosting;
using Voice.Runtime.Tests.Grains;
using Voice.Runtime.Tests.Support;

namespace Voice.Runtime.Tests.Hosting;

public sealed class GrainRuntimeRegistrationTests
{
    [Fact]
    public async Task AddGrainRuntime_InvalidOptions_FailsWhenRuntimeIsResolved()
    {
        var services = new ServiceCollection();
        services.AddGrainRuntime(o => o.CallTimeout = TimeSpan.FromSeconds(-1));
        await using var provider = services.BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<GrainRuntime>());

        Assert.Contains("CallTimeout", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddGrainRuntime_ResolvesFactoryAsTheRuntime()
    {
        var services = new ServiceCollection();
        services.AddGrainRuntime();
        await using var provider = services.BuildServiceProvider();

        Assert.Same(provider.GetRequiredService<GrainRuntime>(), provider.GetRequiredService<IGrainFactory>());
    }

    [Fact]
    public async Task StopAsync_DeactivatesEveryActivationWithRuntimeStopping()
    {
        var host = new RuntimeHost();
        await host.Runtime.GetGrain<IEchoGrain>("s1").EchoAsync(1);
        await host.Runtime.GetGrain<IEchoGrain>("s2").EchoAsync(2);

        await host.DisposeAsync();

        Assert.Equal(0, host.Runtime.ActivationCount);
        Assert.Contains("deactivate s1 RuntimeStopping", host.Probe.Log);
        Assert.Contains("deactivate s2 RuntimeStopping", host.Probe.Log);
    }
}
