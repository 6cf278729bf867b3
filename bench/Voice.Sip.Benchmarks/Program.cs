using BenchmarkDotNet.Running;

namespace Voice.Sip.Benchmarks;

/// <summary>Entry point: pick benchmarks from the command line (e.g. <c>--filter '*' -j short</c>).</summary>
public static class Program
{
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}
