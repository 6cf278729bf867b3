using Voice.Gateway.Sip;

namespace Voice.Silo.Hosting;

/// <summary>
/// First step of a graceful stop (SIGTERM): report not-ready and refuse new INVITEs, then wait <see cref="Options.SiloOptions.DrainDelay"/>
/// so load balancers and the SIP front stop sending new work before the node hands its slots over. Registered
/// last so that its StoppingAsync runs before the cluster's (the host stops services in reverse order).
/// </summary>
public sealed class SiloDrainService(
    SiloReadiness readiness,
    SipGateway gateway,
    Options.SiloOptions options,
    TimeProvider timeProvider,
    ILogger<SiloDrainService> logger)
    : IHostedLifecycleService
{
    public async Task StoppingAsync(CancellationToken cancellationToken)
    {
        readiness.BeginDrain();
        // New calls go elsewhere (503 + Retry-After); calls already up keep their dialogs until they end or move.
        gateway.StopAcceptingCalls();
        Log.DrainStarted(logger, options.NodeId, options.DrainDelay.TotalSeconds);
        if (options.DrainDelay > TimeSpan.Zero)
        {
            await Task.Delay(options.DrainDelay, timeProvider, cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    public Task StartingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken)
    {
        readiness.MarkRuntimeStarted();
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken)
    {
        Log.Stopped(logger, options.NodeId);
        return Task.CompletedTask;
    }
}
