using System.Diagnostics;
using System.Globalization;
using Voice.Sip.Parsing;

namespace Voice.Sip.Benchmarks;

/// <summary>
/// A cross-check for a shared machine: runs INVITE parse+validate in a loop and divides the process CPU
/// time (not wall-clock time, so time lost to other tenants' processes is not counted) by the operations.
/// GC work is included, as it should be. Run with <c>--cpu-time</c>.
/// </summary>
internal static class CpuTimeProbe
{
    private const int Rounds = 7;
    private const int OperationsPerRound = 1_000_000;

    public static void Run()
    {
        ReadOnlyMemory<byte> invite = BenchMessages.Invite;
        for (var i = 0; i < 300_000; i++)
        {
            SipMessageParser.Parse(invite);
        }

        var best = double.MaxValue;
        using var process = Process.GetCurrentProcess();
        for (var round = 0; round < Rounds; round++)
        {
            process.Refresh();
            var start = process.TotalProcessorTime;
            for (var i = 0; i < OperationsPerRound; i++)
            {
                if (!SipMessageParser.Parse(invite).Success)
                {
                    throw new InvalidOperationException("INVITE must parse");
                }
            }

            process.Refresh();
            var nsPerOp = (process.TotalProcessorTime - start).TotalNanoseconds / OperationsPerRound;
            best = Math.Min(best, nsPerOp);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"round {round}: {nsPerOp:F0} ns CPU per INVITE parse+validate"));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"best: {best:F0} ns CPU/op = {1e9 / best:N0} ops/s per core"));
    }
}
