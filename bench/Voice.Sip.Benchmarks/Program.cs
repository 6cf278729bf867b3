using BenchmarkDotNet.Running;

namespace Voice.Sip.Benchmarks;

/// <summary>
/// Entry point: pick benchmarks from the command line (e.g. <c>--filter '*' -j short</c>), or
/// <c>--cpu-time</c> for the CPU-time cross-check of <see cref="CpuTimeProbe"/>.
/// </summary>
public static class Program
{
    public static void Main(string[] args)
    {
        if (args is ["--cpu-time"])
        {
            CpuTimeProbe.Run();
            return;
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }
}
