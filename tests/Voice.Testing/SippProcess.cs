using System.Diagnostics;
using System.Globalization;

namespace Voice.Testing;

/// <summary>
/// Runs the real SIPp binary on loopback with a bounded global timeout and reads its final
/// SuccessfulCall(C) / FailedCall(C) counters from the statistics CSV it writes (-trace_stat).
/// </summary>
public sealed class SippProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly string _statsFile;
    private readonly string _workDir;
    private readonly System.Text.StringBuilder _output = new();

    private SippProcess(Process process, string statsFile, string workDir)
    {
        _process = process;
        _statsFile = statsFile;
        _workDir = workDir;
    }

    /// <summary>Starts sipp with the given arguments plus statistics, no stdin and a hard global timeout.</summary>
    public static SippProcess Start(IEnumerable<string> arguments, TimeSpan timeout)
    {
        var workDir = Directory.CreateTempSubdirectory("sipp-").FullName;
        var stats = Path.Combine(workDir, "stats.csv");
        var info = new ProcessStartInfo("sipp")
        {
            WorkingDirectory = workDir,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var a in arguments)
        {
            info.ArgumentList.Add(a);
        }

        foreach (var a in (string[])["-nostdin", "-trace_stat", "-stf", stats, "-fd", "1",
                     "-timeout", ((int)timeout.TotalSeconds).ToString(CultureInfo.InvariantCulture) + "s", "-timeout_error", "-trace_err"])
        {
            info.ArgumentList.Add(a);
        }

        var process = Process.Start(info) ?? throw new InvalidOperationException("sipp did not start");
        var sipp = new SippProcess(process, stats, workDir);
        process.OutputDataReceived += (_, e) => sipp.Append(e.Data);
        process.ErrorDataReceived += (_, e) => sipp.Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return sipp;
    }

    /// <summary>Waits for sipp to exit (it stops by itself after -m calls or its -timeout) and reads its counters.</summary>
    public async Task<SippResult> WaitAsync(TimeSpan limit)
    {
        using var cts = new CancellationTokenSource(limit);
        try
        {
            await _process.WaitForExitAsync(cts.Token);
        }
        catch (OperationCanceledException)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync(CancellationToken.None);
        }

        var (ok, failed) = ReadCounters();
        var errors = Directory.EnumerateFiles(_workDir, "*_errors.log").Select(File.ReadAllText).FirstOrDefault() ?? string.Empty;
        lock (_output)
        {
            return new SippResult(_process.ExitCode, ok, failed, _output + errors[..Math.Min(errors.Length, 4000)]);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        try
        {
            Directory.Delete(_workDir, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp directory is harmless.
        }
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            if (_output.Length < 8000)
            {
                _output.AppendLine(line);
            }
        }
    }

    private (long Successful, long Failed) ReadCounters()
    {
        if (!File.Exists(_statsFile))
        {
            return (-1, -1);
        }

        var lines = File.ReadAllLines(_statsFile).Where(l => l.Length > 0).ToArray();
        if (lines.Length < 2)
        {
            return (-1, -1);
        }

        var header = lines[0].Split(';');
        var last = lines[^1].Split(';');
        long Column(string name)
        {
            var i = Array.IndexOf(header, name);
            return i >= 0 && i < last.Length && long.TryParse(last[i], CultureInfo.InvariantCulture, out var v) ? v : -1;
        }

        return (Column("SuccessfulCall(C)"), Column("FailedCall(C)"));
    }
}
