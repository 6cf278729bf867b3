using System.Diagnostics;
using System.Globalization;

namespace Voice.Testing;

/// <summary>
/// A process a test starts and may kill (SIGKILL), pause (SIGSTOP) and resume (SIGCONT) — the faults
/// only a real process shows. Start waits for a ready line on stdout (a signal, not polling).
/// </summary>
public sealed class ChildProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly List<string> _output = [];
    private readonly List<(string Text, TaskCompletionSource Seen)> _awaited = [];

    private ChildProcess(Process process) => _process = process;

    public int Id => _process.Id;

    public bool HasExited => _process.HasExited;

    /// <summary>Everything the process printed so far (stdout and stderr), for failure messages.</summary>
    public string Output
    {
        get
        {
            lock (_output)
            {
                return string.Join('\n', _output.TakeLast(200));
            }
        }
    }

    public static async Task<ChildProcess> StartAsync(string fileName, IEnumerable<string> arguments, string readyLine, TimeSpan timeout)
    {
        var info = new ProcessStartInfo(fileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var a in arguments)
        {
            info.ArgumentList.Add(a);
        }

        var process = new Process { StartInfo = info, EnableRaisingEvents = true };
        var child = new ChildProcess(process);
        var ready = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        process.OutputDataReceived += (_, e) => child.Record(e.Data, readyLine, ready);
        process.ErrorDataReceived += (_, e) => child.Record(e.Data, null, ready);
        process.Exited += (_, _) => ready.TrySetException(new InvalidOperationException($"{fileName} exited early:\n{child.Output}"));
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await ready.Task.WaitAsync(timeout);
        }
        catch (TimeoutException)
        {
            await child.DisposeAsync();
            throw new TimeoutException($"{fileName} did not print '{readyLine}' within {timeout}:\n{child.Output}");
        }

        return child;
    }

    /// <summary>Waits until the process prints a line containing <paramref name="text"/> (lines printed earlier count).</summary>
    public Task WaitForLineAsync(string text, TimeSpan timeout)
    {
        var seen = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_output)
        {
            if (_output.Any(l => l.Contains(text, StringComparison.Ordinal)))
            {
                return Task.CompletedTask;
            }

            _awaited.Add((text, seen));
        }

        return seen.Task.WaitAsync(timeout);
    }

    /// <summary>SIGTERM (a graceful stop request), then waits up to <paramref name="limit"/> for the exit code.</summary>
    public async Task<int> TerminateAsync(TimeSpan limit)
    {
        Signal("TERM");
        await _process.WaitForExitAsync().WaitAsync(limit);
        return _process.ExitCode;
    }

    /// <summary>SIGINT (Ctrl-C), then waits up to <paramref name="limit"/> for the exit code.</summary>
    public async Task<int> InterruptAsync(TimeSpan limit)
    {
        Signal("INT");
        await _process.WaitForExitAsync().WaitAsync(limit);
        return _process.ExitCode;
    }

    /// <summary>kill -9: no cleanup, no goodbye — leases must expire on their own.</summary>
    public async Task KillAsync()
    {
        if (!_process.HasExited)
        {
            Signal("KILL");
            await _process.WaitForExitAsync();
        }
    }

    /// <summary>SIGSTOP: the process freezes mid-flight, keeping its sockets and its stale view of the world.</summary>
    public void Pause() => Signal("STOP");

    /// <summary>SIGCONT: the frozen process resumes where it was.</summary>
    public void Resume() => Signal("CONT");

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            Signal("CONT");
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    private void Signal(string signal)
    {
        using var kill = Process.Start("kill", ["-" + signal, _process.Id.ToString(CultureInfo.InvariantCulture)]);
        kill.WaitForExit();
    }

    private void Record(string? line, string? readyLine, TaskCompletionSource ready)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.Add(line);
            foreach (var (text, seen) in _awaited)
            {
                if (line.Contains(text, StringComparison.Ordinal))
                {
                    seen.TrySetResult();
                }
            }
        }

        if (readyLine is not null && line.Contains(readyLine, StringComparison.Ordinal))
        {
            ready.TrySetResult();
        }
    }
}
