using System.CommandLine;
using System.Runtime.InteropServices;

namespace Voice.Cli;

internal static class Program
{
    public static async Task<int> Main(string[] args)
    {
        await using var stdout = Console.OpenStandardOutput();

        // Ctrl-C / SIGTERM cancel the running command, which then ends as it sees fit (`events tail` exits 0); a
        // second signal gets the runtime's default (the process ends at once). System.CommandLine's own handling
        // is off: it answered Ctrl-C with exit 130 even when the command stopped cleanly.
        using var stop = new CancellationTokenSource();
        using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, context => RequestStop(stop, context));
        using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context => RequestStop(stop, context));
        var invocation = new InvocationConfiguration { ProcessTerminationTimeout = null };
        return await VoiceCtlCommands.Build(stdout, Console.Error).Parse(args).InvokeAsync(invocation, stop.Token).ConfigureAwait(false);
    }

    private static void RequestStop(CancellationTokenSource stop, PosixSignalContext context)
    {
        if (!stop.IsCancellationRequested)
        {
            context.Cancel = true;
            stop.Cancel();
        }
    }
}
