using Microsoft.Extensions.DependencyInjection;
using Voice.Runtime.Hosting;
using Voice.Runtime.Tests.Grains;

using Voice.Testing;

namespace Voice.Runtime.Tests.Support;

/// <summary>A single-node runtime on a fake clock with every test grain registered.</summary>
public sealed class RuntimeHost : IAsyncDisposable
{
    private readonly ServiceProvider _provider;

    public RuntimeHost(Action<GrainRuntimeOptions>? configure = null)
    {
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(Time);
        AddTestGrains(services, Probe);
        services.AddGrainRuntime(options =>
        {
            options.JsonTypeInfoResolvers.Add(TestGrainJsonContext.Default);
            configure?.Invoke(options);
        });
        _provider = services.BuildServiceProvider();
        Runtime = _provider.GetRequiredService<GrainRuntime>();
    }

    public ManualTimeProvider Time { get; } = new();

    public GrainProbe Probe { get; } = new();

    public GrainRuntime Runtime { get; }

    public IServiceProvider Services => _provider;

    public static void AddTestGrains(IServiceCollection services, GrainProbe probe)
    {
        services.AddSingleton(probe);
        services.AddGrain<IEchoGrain, EchoGrain>();
        services.AddGrain<ICounterGrain, CounterGrain>();
        services.AddGrain<ITurnGrain, TurnGrain>();
        services.AddGrain<ITimerGrain, TimerGrain>();
    }

    public async ValueTask DisposeAsync()
    {
        await Runtime.StopAsync();
        await _provider.DisposeAsync();
    }
}
