using System.CommandLine;
using System.Text;

namespace Voice.Cli.Tests.Events;

/// <summary>Runs a voicectl command line in-process through the real command tree, capturing both outputs.</summary>
internal static class VoiceCtlInProcess
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(30);

    public static async Task<(int Code, string Stdout, string Stderr)> InvokeAsync(params string[] args)
    {
        using var stdout = new MemoryStream();
        await using var stderr = new StringWriter();
        var root = VoiceCtlCommands.Build(stdout, stderr);
        var code = await root.Parse(args).InvokeAsync(new InvocationConfiguration { Error = stderr, Output = stderr }).WaitAsync(Limit);
        return (code, Encoding.UTF8.GetString(stdout.ToArray()), stderr.ToString());
    }
}
