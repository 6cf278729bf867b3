using BenchmarkDotNet.Running;
using Voice.Runtime.Benchmarks;

if (args.Length > 0 && args[0] == "remote-throughput")
{
    await RemoteThroughputProbe.RunAsync(args);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
