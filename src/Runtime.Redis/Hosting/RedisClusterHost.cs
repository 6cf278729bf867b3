using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Voice.Redis.Commands;
using Voice.Runtime.Hosting;
using Voice.Runtime.Redis.Adapters;
using Voice.Runtime.Redis.Membership;

namespace Voice.Runtime.Redis.Hosting;

/// <summary>
/// Wires one <see cref="RedisClusterNode"/> into one <see cref="GrainRuntime"/>: owns the runtime's provider
/// adapters (slot table, storage, event log, reminders), connects them once the node starts, and turns lease events
/// into runtime actions — a slot handed over has its grains deactivated (and flushed by them) while the lease is
/// still held, a slot lost has its grains deactivated at once, a slot acquired has its reminders armed.
/// </summary>
public sealed partial class RedisClusterHost : IAsyncDisposable
{
    private readonly RedisClusteringOptions _options;
    private readonly TimeProvider _timeProvider;
    private readonly ILoggerFactory? _loggerFactory;
    private readonly ILogger _logger;
    private readonly ConcurrentDictionary<int, byte> _handedOver = new();
    private RedisClient? _client;
    private RedisClusterNode? _node;
    private GrainRuntime? _runtime;
    private int _disposed;

    public RedisClusterHost(RedisClusteringOptions options, string nodeId, TimeProvider? timeProvider = null, ILoggerFactory? loggerFactory = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentException.ThrowIfNullOrEmpty(nodeId);
        _options = options;
        NodeId = nodeId;
        _timeProvider = timeProvider ?? TimeProvider.System;
        _loggerFactory = loggerFactory;
        _logger = (ILogger?)loggerFactory?.CreateLogger<RedisClusterHost>() ?? NullLogger.Instance;
        Reminders = new RedisReminderService(_timeProvider, loggerFactory?.CreateLogger<RedisReminderService>());
        Storage = new RedisGrainStorage(() => Node.States);
        EventLog = new RedisEventLog(() => Client, options.Cluster, options.EventTailBlock);
    }

    /// <summary>This node's id (the runtime's <see cref="GrainRuntimeOptions.NodeId"/>).</summary>
    public string NodeId { get; }

    /// <summary>Membership, leases, state store and reminder table; available once <see cref="StartAsync"/> ran.</summary>
    public RedisClusterNode Node => Volatile.Read(ref _node) ?? throw new InvalidOperationException("The Redis cluster node has not started.");

    public RedisSlotTable SlotTable { get; } = new();

    public RedisGrainStorage Storage { get; }

    public RedisEventLog EventLog { get; }

    public RedisReminderService Reminders { get; }

    private RedisClient Client => Volatile.Read(ref _client) ?? throw new InvalidOperationException("The Redis cluster node has not started.");

    /// <summary>The runtime whose grains follow this node's slots (set before <see cref="StartAsync"/>).</summary>
    public void AttachRuntime(GrainRuntime runtime) => Volatile.Write(ref _runtime, runtime);

    /// <summary>Connects, joins the membership and claims this node's share of the slots (arming their reminders).</summary>
    public async Task StartAsync(CancellationToken cancellationToken = default)
    {
        var client = await RedisClient.ConnectAsync(_options.Client, _loggerFactory, _timeProvider, cancellationToken).ConfigureAwait(false);
        Volatile.Write(ref _client, client);
        var self = new ClusterNodeInfo(NodeId, _options.HttpAddress, _options.SipAddress);
        var node = new RedisClusterNode(client, _options.Cluster, self, HandOverAsync, _timeProvider, _loggerFactory);
        SlotTable.Attach(node.Leases);
        Reminders.Attach(node.Reminders, node.Leases);
        node.Leases.SlotAcquired += OnSlotAcquired;
        node.Leases.SlotLost += OnSlotLost;
        Volatile.Write(ref _node, node);
        await node.StartAsync(cancellationToken).ConfigureAwait(false);
        Log.Started(_logger, NodeId, node.Leases.OwnedSlots.Count);
    }

    /// <summary>
    /// Graceful stop: leave the membership (others plan without this node at once), then for each slot deactivate
    /// its grains while the lease is held and renewed, then release it (others claim it at their next pass).
    /// </summary>
    public async Task StopAsync(CancellationToken cancellationToken = default)
    {
        if (Volatile.Read(ref _node) is { } node)
        {
            await node.StopAsync(cancellationToken).ConfigureAwait(false);
            Log.Stopped(_logger, NodeId);
        }
    }

    /// <summary>Crash semantics: stops heartbeats, renewals and reminder timers without releasing anything.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        Reminders.Dispose();
        if (Volatile.Read(ref _node) is { } node)
        {
            await node.DisposeAsync().ConfigureAwait(false);
        }

        if (Volatile.Read(ref _client) is { } client)
        {
            await client.DisposeAsync().ConfigureAwait(false);
        }
    }
}
