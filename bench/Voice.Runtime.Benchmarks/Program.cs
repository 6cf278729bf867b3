using BenchmarkDotNet.Running;
using Voice.Runtime.Benchmarks;

if (args.Length > 0 && args[0] == "remote-throughput")
{
    await RemoteThroughputProbe.RunAsync(args);
    return;
}

if (args.Length > 0 && args[0] is "redis-writes" or "redis-store-writes")
{
    await RedisWriteProbe.RunAsync(args);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
