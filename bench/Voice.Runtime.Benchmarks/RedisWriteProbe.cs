using System.Globalization;
using Voice.Runtime.Placement;
using Voice.Runtime.Redis.Storage;

namespace Voice.Runtime.Benchmarks;

/// <summary>
/// Sustained persisted writes on Redis (see docs/performance.md, "Runtime on Redis"):
/// <c>redis-writes [grains] [seconds] [rounds]</c> — one caller per grain, each call <c>State.X++</c> + WriteStateAsync
/// with one event, through the runtime; <c>redis-store-writes [callers] [seconds] [rounds]</c> — the same writes
/// straight on <see cref="RedisGrainStateStore.WriteAsync"/> (no runtime, no JSON), to separate the costs.
/// </summary>
internal static class RedisWriteProbe
{
    private static readonly byte[] StoreData = "{\"X\":123456}"u8.ToArray();

    public static async Task RunAsync(string[] args)
    {
        var callers = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 256;
        var seconds = args.Length > 2 ? double.Parse(args[2], CultureInfo.InvariantCulture) : 5;
        var rounds = args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 5;
        await using var node = await RedisBenchNode.StartAsync();
        var write = args[0] == "redis-store-writes" ? StoreWriter(node, callers) : GrainWriter(node, callers);
        var stats = new WriteRoundStats(node.RedisEndPoint);
        Console.WriteLine($"{args[0]}: {callers} concurrent caller(s), {Environment.ProcessorCount} cores");
        for (var round = 0; round <= rounds; round++)
        {
            var line = await stats.RunAsync(callers, TimeSpan.FromSeconds(round == 0 ? 2 : seconds), write);
            Console.WriteLine(round == 0 ? $"warm-up: {line}" : $"round {round}: {line}");
        }
    }

    private static Func<int, Task> GrainWriter(RedisBenchNode node, int grains)
    {
        var targets = Enumerable.Range(0, grains).Select(i => node.Runtime.GetGrain<IBenchWriterGrain>("w" + i.ToString(CultureInfo.InvariantCulture))).ToArray();
        return caller => targets[caller].WriteAsync();
    }

    private static Func<int, Task> StoreWriter(RedisBenchNode node, int callers)
    {
        var store = node.Cluster.Node.States;
        var leases = node.Cluster.Node.Leases.OwnedSlots;
        var keys = Enumerable.Range(0, callers).Select(i => "s" + i.ToString(CultureInfo.InvariantCulture)).ToArray();
        var slots = keys.Select(k => SlotHasher.GetSlot(new GrainId("bench-store", k))).ToArray();
        var eTags = new string?[callers];
        return async caller =>
        {
            var key = keys[caller];
            var slot = slots[caller];
            StateEvent[] events = [new StateEvent("bench-store-writes", key, "{\"delta\":1}")];
            var result = await store.WriteAsync("bench-store", key, StoreData, eTags[caller], slot, leases[slot], events);
            eTags[caller] = result.ETag ?? throw new InvalidOperationException($"Write refused: {result.Conflict}");
        };
    }
}
