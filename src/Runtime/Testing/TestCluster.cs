using Microsoft.Extensions.DependencyInjection;
using Voice.Runtime.Events;
using Voice.Runtime.Hosting;
using Voice.Runtime.Placement;
using Voice.Runtime.Reminders;
using Voice.Runtime.Remoting;
using Voice.Runtime.Storage;

namespace Voice.Runtime.Testing;

/// <summary>
/// Several runtime nodes in one process sharing in-memory storage, event log, reminders and a movable slot table;
/// calls between nodes go through <see cref="InProcessRemoteGrainInvoker"/> (JSON arguments and results).
/// </summary>
public sealed class TestCluster : IAsyncDisposable
{
    private readonly List<ServiceProvider> _providers = [];
    private readonly Dictionary<string, GrainRuntime> _nodes = new(StringComparer.Ordinal);

    private TestCluster(IReadOnlyList<string> nodeIds, TimeProvider timeProvider)
    {
        SlotTable = new InMemorySlotTable(nodeIds);
        Storage = new InMemoryGrainStorage(EventLog);
        Reminders = new InMemoryReminderService(timeProvider);
    }

    public InMemoryEventLog EventLog { get; } = new();

    public InMemoryGrainStorage Storage { get; }

    public InMemoryReminderService Reminders { get; }

    public InMemorySlotTable SlotTable { get; }

    public InProcessRemoteGrainInvoker Network { get; } = new();

    public IReadOnlyList<GrainRuntime> Nodes => [.. _nodes.Values];

    /// <param name="nodeCount">Nodes "node-0" … "node-(n-1)"; slots start round-robin over them.</param>
    /// <param name="configureServices">Per-node registrations (grains, their dependencies).</param>
    /// <param name="configureOptions">Per-node options (NodeId is set by the cluster afterwards).</param>
    /// <param name="timeProvider">Shared clock (a fake one in tests).</param>
    public static TestCluster Create(
        int nodeCount,
        Action<IServiceCollection> configureServices,
        Action<GrainRuntimeOptions>? configureOptions = null,
        TimeProvider? timeProvider = null)
    {
        var time = timeProvider ?? TimeProvider.System;
        var nodeIds = Enumerable.Range(0, nodeCount).Select(i => "node-" + i).ToArray();
        var cluster = new TestCluster(nodeIds, time);
        foreach (var nodeId in nodeIds)
        {
            var services = new ServiceCollection();
            configureServices(services);
            services.AddSingleton(time);
            services.AddSingleton<IGrainStorage>(cluster.Storage);
            services.AddSingleton<IEventLog>(cluster.EventLog);
            services.AddSingleton<IReminderService>(cluster.Reminders);
            services.AddSingleton<ISlotTable>(cluster.SlotTable);
            services.AddSingleton<IRemoteGrainInvoker>(cluster.Network);
            services.AddGrainRuntime(options =>
            {
                configureOptions?.Invoke(options);
                options.NodeId = nodeId;
            });
            var provider = services.BuildServiceProvider();
            cluster._providers.Add(provider);
            var runtime = provider.GetRequiredService<GrainRuntime>();
            cluster._nodes[nodeId] = runtime;
            cluster.Network.Register(runtime);
        }

        return cluster;
    }

    public GrainRuntime Node(string nodeId) => _nodes[nodeId];

    /// <summary>The node that currently owns the grain's slot.</summary>
    public GrainRuntime OwnerOf(GrainId grainId) => _nodes[SlotTable.GetOwner(SlotHasher.GetSlot(grainId)).NodeId];

    /// <summary>
    /// Hands <paramref name="slot"/> to <paramref name="toNodeId"/>: new owner and epoch first (so writes from the
    /// old owner are fenced off and new calls route to the new owner), then the old owner's activations of the slot
    /// deactivate. Nothing is flushed: grains persist what they wrote themselves.
    /// </summary>
    public async Task MoveSlotAsync(int slot, string toNodeId)
    {
        var previous = _nodes[SlotTable.GetOwner(slot).NodeId];
        var next = SlotTable.Move(slot, toNodeId);
        Storage.AdvanceFence(slot, next.Epoch);
        await previous.DeactivateSlotAsync(slot).ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var runtime in _nodes.Values)
        {
            await runtime.StopAsync().ConfigureAwait(false);
        }

        foreach (var provider in _providers)
        {
            await provider.DisposeAsync().ConfigureAwait(false);
        }

        Reminders.Dispose();
    }
}
