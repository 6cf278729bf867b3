using BenchmarkDotNet.Attributes;
using Voice.Runtime.Placement;
using Voice.Runtime.Redis.Storage;

namespace Voice.Runtime.Benchmarks;

/// <summary>
/// One persisted write round trip at a time on a private redis-server: through a grain (call + JSON + fenced script
/// with one event) and straight on the store. Latency-bound by design; throughput is <see cref="RedisWriteProbe"/>'s job.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 8)]
public class RedisWriteBenchmarks
{
    private const int Writes = 2_000;
    private static readonly byte[] StoreData = "{\"X\":123456}"u8.ToArray();
    private RedisBenchNode _node = null!;
    private IBenchWriterGrain _grain = null!;
    private RedisGrainStateStore _store = null!;
    private int _slot;
    private long _epoch;
    private string? _eTag;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _node = await RedisBenchNode.StartAsync();
        _grain = _node.Runtime.GetGrain<IBenchWriterGrain>("single");
        await _grain.WriteAsync();
        _store = _node.Cluster.Node.States;
        _slot = SlotHasher.GetSlot(new GrainId("bench-store", "single"));
        _epoch = _node.Cluster.Node.Leases.OwnedSlots[_slot];
    }

    [GlobalCleanup]
    public Task CleanupAsync() => _node.DisposeAsync().AsTask();

    [Benchmark(OperationsPerInvoke = Writes)]
    public async Task GrainWriteRoundTrip()
    {
        for (var i = 0; i < Writes; i++)
        {
            await _grain.WriteAsync();
        }
    }

    [Benchmark(OperationsPerInvoke = Writes)]
    public async Task StoreWriteRoundTrip()
    {
        for (var i = 0; i < Writes; i++)
        {
            StateEvent[] events = [new StateEvent("bench-store-writes", "single", "{\"delta\":1}")];
            var result = await _store.WriteAsync("bench-store", "single", StoreData, _eTag, _slot, _epoch, events);
            _eTag = result.ETag ?? throw new InvalidOperationException($"Write refused: {result.Conflict}");
        }
    }
}
