using Microsoft.Extensions.Options;
using Voice.Redis.Commands;
using Voice.Runtime.Redis.Hosting;
using Voice.Runtime.Redis.Observation;

namespace Voice.Silo.Hosting;

/// <summary>
/// Cluster mode: a read-only <see cref="RedisClusterView"/> on its own connection (one script reads members and all
/// slot leases at one moment, so the counts add up), plus this node's held leases from its cluster host. Started
/// after the node joined (StartAsync runs after the cluster's StartingAsync), stopped last.
/// </summary>
public sealed class RedisClusterStatus(
    IOptions<RedisClusteringOptions> options,
    RedisClusterHost host,
    TimeProvider timeProvider,
    ILoggerFactory loggerFactory) : ISiloClusterStatus, IHostedLifecycleService, IAsyncDisposable
{
    private RedisClient? _client;
    private RedisClusterView? _view;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var client = await RedisClient.ConnectAsync(options.Value.Client, loggerFactory, timeProvider, cancellationToken).ConfigureAwait(false);
        _client = client;
        var view = new RedisClusterView(client, options.Value.Cluster, timeProvider, loggerFactory.CreateLogger<RedisClusterView>());
        await view.StartAsync(cancellationToken).ConfigureAwait(false);
        Volatile.Write(ref _view, view);
    }

    public SiloClusterReport Report()
    {
        var snapshot = Volatile.Read(ref _view)?.Current ?? ClusterViewSnapshot.Empty;
        var counts = snapshot.SlotCounts();
        var members = snapshot.Members
            .Select(m => new SiloClusterMember(m.NodeId, m.HttpAddress, counts.GetValueOrDefault(m.NodeId)))
            .ToList();
        var unowned = snapshot.Slots.IsDefaultOrEmpty ? Runtime.Placement.SlotHasher.SlotCount : snapshot.UnownedSlots;
        return new SiloClusterReport(members, unowned, members.Any(m => m.NodeId == host.NodeId), OwnedSlots());
    }

    public Task StartingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task StoppedAsync(CancellationToken cancellationToken) => await DisposeAsync().ConfigureAwait(false);

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _view, null) is { } view)
        {
            await view.DisposeAsync().ConfigureAwait(false);
        }

        if (Interlocked.Exchange(ref _client, null) is { } client)
        {
            await client.DisposeAsync().ConfigureAwait(false);
        }
    }

    private int OwnedSlots()
    {
        try
        {
            return host.Node.Leases.OwnedSlots.Count;
        }
        catch (InvalidOperationException)
        {
            // The cluster node has not started yet: it holds nothing.
            return 0;
        }
    }
}
