using Voice.Silo.Hosting;
using Voice.Silo.Options;

// The node host: `dotnet run --project src/Silo -- --help` lists the options (docs/silo.md).
try
{
    return await SiloProgram.RunAsync(args, SiloEnvironment.FromProcess(), Console.Out, Console.Error);
}
catch (Exception e) when (e is not OperationCanceledException)
{
    // Last line of defence at the process edge: Redis unreachable, a port in use... one clear line, exit 1.
    await Console.Error.WriteLineAsync($"voice-silo: startup failed: {e.GetType().Name}: {e.Message}");
    return SiloExitCodes.StartupFailed;
}
