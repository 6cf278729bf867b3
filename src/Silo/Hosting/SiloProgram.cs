using Voice.Grains.Contracts.Tenancy;
using Voice.Grains.Tenancy.Yaml;
using Voice.Silo.Options;

namespace Voice.Silo.Hosting;

/// <summary>
/// The node's main: parse options, load the tenant file (fail fast, exit 2, naming the YAML line), start the host,
/// apply the tenant, print <c>SILO READY</c>, run until SIGTERM/Ctrl+C, drain, exit 0.
/// </summary>
public static class SiloProgram
{
    public const string ReadyLine = "SILO READY";
    private static readonly TimeSpan StartupApplyLimit = TimeSpan.FromSeconds(60);

    public static async Task<int> RunAsync(string[] args, SiloEnvironment environment, TextWriter stdout, TextWriter stderr)
    {
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        var parsed = SiloOptionsParser.Parse(args, environment);
        if (parsed.HelpRequested)
        {
            await stdout.WriteLineAsync(SiloOptionsParser.Usage()).ConfigureAwait(false);
            return SiloExitCodes.Ok;
        }

        if (parsed.Options is not { } options)
        {
            await stderr.WriteLineAsync($"voice-silo: {parsed.Error}").ConfigureAwait(false);
            return SiloExitCodes.InvalidInput;
        }

        if (LoadTenant(options.TenantFile, stderr) is not { } tenant)
        {
            return SiloExitCodes.InvalidInput;
        }

        await using var app = SiloComposition.Build(options);
        await app.StartAsync().ConfigureAwait(false);
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(SiloProgram));
        Log.Started(logger, options.NodeId, options.Mode, options.HttpPort, options.SipPort, options.TenantFile);

        var result = await app.Services.GetRequiredService<TenantApplier>()
            .ApplyAsync(tenant, StartupApplyLimit, app.Lifetime.ApplicationStopping).ConfigureAwait(false);
        if (!result.Applied)
        {
            await stderr.WriteLineAsync($"voice-silo: {options.TenantFile}: tenant '{tenant.TenantId}' was rejected:").ConfigureAwait(false);
            foreach (var error in result.Errors)
            {
                await stderr.WriteLineAsync($"  {error}").ConfigureAwait(false);
            }

            await app.StopAsync().ConfigureAwait(false);
            return SiloExitCodes.InvalidInput;
        }

        await stdout.WriteLineAsync($"{ReadyLine} {options.NodeId} mode={options.Mode.ToString().ToLowerInvariant()} http={options.HttpPort}").ConfigureAwait(false);
        await stdout.FlushAsync().ConfigureAwait(false);
        await app.WaitForShutdownAsync().ConfigureAwait(false);
        return SiloExitCodes.Ok;
    }

    private static TenantConfig? LoadTenant(string path, TextWriter stderr)
    {
        try
        {
            return TenantConfigLoader.LoadFile(path);
        }
        catch (TenantConfigLoadException e)
        {
            // The loader's message lists every error as "file:line L, column C: path: message".
            stderr.WriteLine($"voice-silo: {e.Message}");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"voice-silo: --tenant-file: cannot read '{path}': {e.Message}");
        }

        return null;
    }
}
