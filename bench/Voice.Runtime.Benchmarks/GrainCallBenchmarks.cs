using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.DependencyInjection;
using Voice.Runtime.Hosting;

namespace Voice.Runtime.Benchmarks;

/// <summary>Local grain calls (Task&lt;int&gt; echo, one int argument) and in-memory persisted writes.</summary>
[MemoryDiagnoser]
public class GrainCallBenchmarks
{
    private const int Calls = 10_000;
    private ServiceProvider _provider = null!;
    private GrainRuntime _runtime = null!;
    private IBenchEchoGrain _echo = null!;
    private IBenchCallerGrain _caller = null!;
    private IBenchCounterGrain _counter = null!;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        var services = new ServiceCollection();
        services.AddGrain<IBenchEchoGrain, BenchEchoGrain>();
        services.AddGrain<IBenchCallerGrain, BenchCallerGrain>();
        services.AddGrain<IBenchCounterGrain, BenchCounterGrain>();
        services.AddGrainRuntime(o => o.JsonTypeInfoResolvers.Add(BenchJsonContext.Default));
        _provider = services.BuildServiceProvider();
        _runtime = _provider.GetRequiredService<GrainRuntime>();
        _echo = _runtime.GetGrain<IBenchEchoGrain>("e");
        _caller = _runtime.GetGrain<IBenchCallerGrain>("e");
        _counter = _runtime.GetGrain<IBenchCounterGrain>("c");
        await _echo.EchoAsync(0);
        await _caller.CallEchoAsync(1);
        await _counter.IncrementAsync();
    }

    [GlobalCleanup]
    public async Task CleanupAsync()
    {
        await _runtime.StopAsync();
        await _provider.DisposeAsync();
    }

    /// <summary>Calls from outside any grain (each starts a new call chain).</summary>
    [Benchmark(OperationsPerInvoke = Calls)]
    public async Task<int> ExternalEchoCall()
    {
        var sum = 0;
        for (var i = 0; i < Calls; i++)
        {
            sum += await _echo.EchoAsync(i);
        }

        return sum;
    }

    /// <summary>Grain-to-grain calls inside one turn (the chain already exists).</summary>
    [Benchmark(OperationsPerInvoke = Calls)]
    public Task<int> GrainToGrainEchoCall() => _caller.CallEchoAsync(Calls);

    /// <summary>State write (JSON + in-memory compare-and-set) per call.</summary>
    [Benchmark(OperationsPerInvoke = Calls)]
    public async Task<int> PersistedWrite()
    {
        var last = 0;
        for (var i = 0; i < Calls; i++)
        {
            last = await _counter.IncrementAsync();
        }

        return last;
    }
}
