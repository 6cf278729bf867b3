using Microsoft.Extensions.Logging;
using Voice.Redis.Commands;
using Voice.Runtime.Redis.Membership;
using Voice.Runtime.Redis.Options;
using Voice.Runtime.Redis.Placement;
using Voice.Runtime.Redis.Reminders;
using Voice.Runtime.Redis.Storage;

namespace Voice.Runtime.Redis.Hosting;

/// <summary>
/// One node's cluster services over one <see cref="RedisClient"/>, started and stopped in the right order.
/// Shaped like a hosted service (StartAsync / StopAsync) so the runtime host can wrap it. Subscribe to
/// <see cref="Leases"/> events before <see cref="StartAsync"/> to see the first acquisitions.
/// </summary>
public sealed class RedisClusterNode : IAsyncDisposable
{
    /// <summary>Builds the services; <paramref name="handover"/> is called before each slot is given up.</summary>
    public RedisClusterNode(RedisClient client, RedisClusterOptions options, ClusterNodeInfo self, SlotHandover? handover = null, TimeProvider? timeProvider = null, ILoggerFactory? loggerFactory = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        Membership = new RedisMembership(client, options, self, timeProvider, loggerFactory?.CreateLogger<RedisMembership>());
        Leases = new SlotLeaseManager(client, options, Membership, handover, timeProvider, loggerFactory?.CreateLogger<SlotLeaseManager>());
        States = new RedisGrainStateStore(client, options);
        Reminders = new RedisReminderTable(client, options);
    }

    /// <summary>Heartbeats and the live view.</summary>
    public RedisMembership Membership { get; }

    /// <summary>Slot leases, owner lookup, acquire/lose events.</summary>
    public SlotLeaseManager Leases { get; }

    /// <summary>Fenced grain state + events.</summary>
    public RedisGrainStateStore States { get; }

    /// <summary>Durable per-slot reminders.</summary>
    public RedisReminderTable Reminders { get; }

    /// <summary>Joins (first heartbeat + view), then claims this node's share of the slots.</summary>
    public async Task StartAsync(CancellationToken cancellationToken = default)
    {
        await Membership.StartAsync(cancellationToken).ConfigureAwait(false);
        await Leases.StartAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Graceful stop: leave the membership first (others plan without this node at once), then hand over and
    /// release every slot (others claim each as soon as it is released).
    /// </summary>
    public async Task StopAsync(CancellationToken cancellationToken = default)
    {
        await Membership.LeaveAsync(cancellationToken).ConfigureAwait(false);
        await Leases.StopAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Stops without leaving or releasing (crash semantics; leases expire after the TTL).</summary>
    public async ValueTask DisposeAsync()
    {
        await Leases.DisposeAsync().ConfigureAwait(false);
        await Membership.DisposeAsync().ConfigureAwait(false);
    }
}
