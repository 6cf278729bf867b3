using System.Diagnostics;

namespace Voice.Silo.Tests.Processes;

/// <summary>Runs the built voicectl as a process and collects its exit code and output.</summary>
internal static class VoiceCtl
{
    public static async Task<(int Code, string Output)> RunAsync(params string[] args)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(Binaries.VoiceCtl);
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(90));
        return (process.ExitCode, await stdout + await stderr);
    }
}
