using Microsoft.Extensions.Hosting;
using Voice.Runtime.Hosting;

namespace Voice.Runtime.Redis.Hosting;

/// <summary>
/// Runs the cluster node with the host. Lifecycle hooks (not Start/Stop) make the order independent of registration
/// order: the node joins and claims its slots in StartingAsync, before any hosted service (the node-to-node server
/// among them) starts serving; in StoppingAsync, before any service stops, it leaves and hands every slot over (the
/// runtime deactivates and flushes each slot's grains, then the lease is released). The runtime's own hosted
/// service then deactivates whatever is left.
/// </summary>
internal sealed class RedisClusterHostedService(RedisClusterHost host, GrainRuntime runtime) : IHostedLifecycleService
{
    public Task StartingAsync(CancellationToken cancellationToken)
    {
        host.AttachRuntime(runtime);
        return host.StartAsync(cancellationToken);
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => host.StopAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
