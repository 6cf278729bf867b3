using Voice.Runtime.Remoting;
using System.Diagnostics;
using System.Globalization;
using Voice.Runtime.Http;
using Voice.Runtime.Placement;

namespace Voice.Runtime.Benchmarks;

/// <summary>
/// Sustained cross-node calls/s over real HTTP/2 loopback (complements <see cref="RemoteCallBenchmarks"/> with
/// longer, steadier windows): <c>dotnet run -c Release -- remote-throughput [callers] [seconds] [rounds]</c>.
/// </summary>
internal static class RemoteThroughputProbe
{
    public static async Task RunAsync(string[] args)
    {
        var callers = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 64;
        var seconds = args.Length > 2 ? double.Parse(args[2], CultureInfo.InvariantCulture) : 3;
        var rounds = args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 5;
        var slots = new InMemorySlotTable(["node-0", "node-1"]);
        var addresses = new StaticNodeAddressBook();
        await using var caller = await RemoteBenchNode.StartAsync("node-0", slots, addresses);
        await using var owner = await RemoteBenchNode.StartAsync("node-1", slots, addresses);
        var grains = Enumerable.Range(0, int.MaxValue).Select(i => "r" + i)
            .Where(key => slots.GetOwner(SlotHasher.GetSlot(new GrainId("Voice.Runtime.Benchmarks.IBenchEchoGrain", key))).NodeId == "node-1")
            .Take(callers)
            .Select(key => caller.Runtime.GetGrain<IBenchEchoGrain>(key))
            .ToArray();
        await Task.WhenAll(grains.Select(g => g.EchoAsync(0)));
        for (var round = 0; round <= rounds; round++)
        {
            long calls = 0;
            var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
            var stop = Stopwatch.StartNew();
            var until = TimeSpan.FromSeconds(round == 0 ? 1 : seconds);
            await Task.WhenAll(grains.Select(g => Task.Run(async () =>
            {
                long mine = 0;
                while (stop.Elapsed < until)
                {
                    await g.EchoAsync(1);
                    mine++;
                }

                Interlocked.Add(ref calls, mine);
            })));
            var rate = calls / stop.Elapsed.TotalSeconds;
            var cpuPerCall = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalMicroseconds / Math.Max(calls, 1);
            Console.WriteLine(round == 0
                ? $"warm-up: {rate:N0} calls/s"
                : $"round {round}: {callers} caller(s), {calls:N0} calls in {stop.Elapsed.TotalSeconds:N2} s = {rate:N0} calls/s, {cpuPerCall:N1} CPU-µs/call (both nodes)");
        }
    }
}
