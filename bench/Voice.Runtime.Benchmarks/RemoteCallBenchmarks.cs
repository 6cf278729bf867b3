using Voice.Runtime.Remoting;
using BenchmarkDotNet.Attributes;
using Voice.Runtime.Http;
using Voice.Runtime.Placement;

namespace Voice.Runtime.Benchmarks;

/// <summary>
/// Cross-node calls over real HTTP/2 cleartext on loopback: node-0 calls echo grains owned by node-1, both runtimes
/// (and both Kestrel/HttpClient stacks) in this process, sharing the machine's cores.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 8)]
public class RemoteCallBenchmarks
{
    private const int Callers = 64;
    private const int CallsPerCaller = 200;
    private const int SingleCallerCalls = 2_000;
    private RemoteBenchNode _caller = null!;
    private RemoteBenchNode _owner = null!;
    private IBenchEchoGrain[] _remote = null!;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        var slots = new InMemorySlotTable(["node-0", "node-1"]);
        var addresses = new StaticNodeAddressBook();
        _caller = await RemoteBenchNode.StartAsync("node-0", slots, addresses);
        _owner = await RemoteBenchNode.StartAsync("node-1", slots, addresses);
        _remote = [.. Enumerable.Range(0, int.MaxValue)
            .Select(i => "r" + i)
            .Where(key => slots.GetOwner(SlotHasher.GetSlot(new GrainId("Voice.Runtime.Benchmarks.IBenchEchoGrain", key))).NodeId == "node-1")
            .Take(Callers)
            .Select(key => _caller.Runtime.GetGrain<IBenchEchoGrain>(key))];
        await Task.WhenAll(_remote.Select(g => g.EchoAsync(0)));
        if (_owner.Runtime.ActivationCount != Callers || _caller.Runtime.ActivationCount != 0)
        {
            throw new InvalidOperationException("Benchmark grains are not all remote.");
        }
    }

    [GlobalCleanup]
    public async Task CleanupAsync()
    {
        await _caller.DisposeAsync();
        await _owner.DisposeAsync();
    }

    [Benchmark(OperationsPerInvoke = SingleCallerCalls)]
    public async Task SingleCaller()
    {
        var grain = _remote[0];
        for (var i = 0; i < SingleCallerCalls; i++)
        {
            await grain.EchoAsync(i);
        }
    }

    [Benchmark(OperationsPerInvoke = Callers * CallsPerCaller)]
    public Task ConcurrentCallers64() => Task.WhenAll(_remote.Select(g => Task.Run(() => CallManyAsync(g))));

    private static async Task CallManyAsync(IBenchEchoGrain grain)
    {
        for (var i = 0; i < CallsPerCaller; i++)
        {
            await grain.EchoAsync(i);
        }
    }
}
