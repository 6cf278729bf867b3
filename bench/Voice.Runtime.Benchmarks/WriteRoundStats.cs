using System.Diagnostics;
using System.Globalization;
using Voice.Redis.Commands;
using Voice.Redis.Connection;

namespace Voice.Runtime.Benchmarks;

/// <summary>
/// Measures one sustained round: writes/s, p50/p99 latency of each write, this process's CPU-µs per write and
/// redis-server's CPU-µs per write (from INFO cpu, so the single Redis thread's headroom is visible).
/// </summary>
internal sealed class WriteRoundStats(string redisEndPoint)
{
    public async Task<string> RunAsync(int callers, TimeSpan duration, Func<int, Task> write)
    {
        await using var info = await RedisClient.ConnectAsync(new RedisClientOptions { EndPoint = redisEndPoint });
        var redisCpuBefore = await RedisCpuAsync(info);
        var scriptBefore = await ScriptMicrosAsync(info);
        var readsBefore = await ServerReadsAsync(info);
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var allocatedBefore = GC.GetTotalAllocatedBytes();
        var gen0Before = GC.CollectionCount(0);
        var latencies = new List<long>[callers];
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, callers).Select(caller => Task.Run(async () =>
        {
            var mine = new List<long>(4 * 1024);
            while (clock.Elapsed < duration)
            {
                var start = Stopwatch.GetTimestamp();
                await write(caller);
                mine.Add(Stopwatch.GetTimestamp() - start);
            }

            latencies[caller] = mine;
        })));
        var elapsed = clock.Elapsed;
        var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
        var allocated = GC.GetTotalAllocatedBytes() - allocatedBefore;
        var gen0 = GC.CollectionCount(0) - gen0Before;
        var redisCpu = await RedisCpuAsync(info) - redisCpuBefore;
        var script = await ScriptMicrosAsync(info) - scriptBefore;
        var reads = await ServerReadsAsync(info) - readsBefore;
        var all = latencies.SelectMany(l => l).Order().ToArray();
        var writes = Math.Max(all.Length, 1);
        return string.Create(CultureInfo.InvariantCulture,
            $"{all.Length:N0} writes in {elapsed.TotalSeconds:N2} s = {all.Length / elapsed.TotalSeconds:N0} writes/s, " +
            $"p50 {Millis(all, 0.50):N2} ms, p99 {Millis(all, 0.99):N2} ms, " +
            $"{cpu.TotalMicroseconds / writes:N1} CPU-µs/write (.NET), {redisCpu * 1e6 / writes:N1} CPU-µs/write (redis-server, of which EVALSHA {script / writes:N1}), " +
            $"{allocated / writes:N0} B/write, {gen0} gen0 GCs, {all.Length / Math.Max(reads, 1):N1} writes per server read, " +
            $"load {File.ReadAllText("/proc/loadavg").Split(' ')[0]}");
    }

    private static double Millis(long[] sorted, double quantile) =>
        sorted.Length == 0 ? 0 : sorted[(int)Math.Min(sorted.Length - 1, sorted.Length * quantile)] * 1000.0 / Stopwatch.Frequency;

    /// <summary>Total µs redis-server spent executing EVALSHA (INFO commandstats), i.e. the Lua script itself.</summary>
    private static async Task<double> ScriptMicrosAsync(RedisClient client)
    {
        var text = (await client.ExecuteAsync("INFO", "commandstats")).AsString() ?? "";
        var line = text.Split('\n').FirstOrDefault(l => l.StartsWith("cmdstat_evalsha:", StringComparison.Ordinal));
        var usec = line?.Split(',').FirstOrDefault(f => f.StartsWith("usec=", StringComparison.Ordinal));
        return usec is null ? 0 : double.Parse(usec["usec=".Length..], CultureInfo.InvariantCulture);
    }

    /// <summary>Socket reads redis-server made (INFO stats): writes per read shows how well commands are pipelined.</summary>
    private static async Task<double> ServerReadsAsync(RedisClient client)
    {
        var text = (await client.ExecuteAsync("INFO", "stats")).AsString() ?? "";
        var line = text.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.StartsWith("total_reads_processed:", StringComparison.Ordinal));
        return line is null ? 0 : double.Parse(line["total_reads_processed:".Length..], CultureInfo.InvariantCulture);
    }

    private static async Task<double> RedisCpuAsync(RedisClient client)
    {
        var text = (await client.ExecuteAsync("INFO", "cpu")).AsString() ?? "";
        return text.Split('\n')
            .Select(line => line.Trim().Split(':'))
            .Where(pair => pair.Length == 2 && pair[0] is "used_cpu_sys" or "used_cpu_user")
            .Sum(pair => double.Parse(pair[1], CultureInfo.InvariantCulture));
    }
}
