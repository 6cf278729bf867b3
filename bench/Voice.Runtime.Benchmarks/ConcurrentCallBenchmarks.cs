using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.DependencyInjection;
using Voice.Runtime.Hosting;

namespace Voice.Runtime.Benchmarks;

/// <summary>Many concurrent callers: on separate grains (scales with cores) and on one grain (queued path).</summary>
[MemoryDiagnoser]
public class ConcurrentCallBenchmarks
{
    private const int Callers = 64;
    private const int CallsPerCaller = 1_000;
    private ServiceProvider _provider = null!;
    private GrainRuntime _runtime = null!;
    private IBenchEchoGrain[] _separate = null!;
    private IBenchEchoGrain _shared = null!;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        var services = new ServiceCollection();
        services.AddGrain<IBenchEchoGrain, BenchEchoGrain>();
        services.AddGrainRuntime();
        _provider = services.BuildServiceProvider();
        _runtime = _provider.GetRequiredService<GrainRuntime>();
        _separate = [.. Enumerable.Range(0, Callers).Select(i => _runtime.GetGrain<IBenchEchoGrain>("g" + i))];
        _shared = _runtime.GetGrain<IBenchEchoGrain>("shared");
        await Task.WhenAll(_separate.Select(g => g.EchoAsync(0)));
        await _shared.EchoAsync(0);
    }

    [GlobalCleanup]
    public async Task CleanupAsync()
    {
        await _runtime.StopAsync();
        await _provider.DisposeAsync();
    }

    [Benchmark(OperationsPerInvoke = Callers * CallsPerCaller)]
    public Task SeparateGrains() => Task.WhenAll(_separate.Select(g => Task.Run(() => CallManyAsync(g))));

    [Benchmark(OperationsPerInvoke = Callers * CallsPerCaller)]
    public Task OneSharedGrain() => Task.WhenAll(Enumerable.Range(0, Callers).Select(_ => Task.Run(() => CallManyAsync(_shared))));

    private static async Task CallManyAsync(IBenchEchoGrain grain)
    {
        for (var i = 0; i < CallsPerCaller; i++)
        {
            await grain.EchoAsync(i);
        }
    }
}
