using Voice.Runtime.Remoting;
using Voice.Runtime.Http.Tests.Grains;
using Voice.Runtime.Placement;

namespace Voice.Runtime.Http.Tests.Support;

/// <summary>
/// Several <see cref="HttpTestNode"/>s in one process. Each node has its own view of the slot table (all start
/// round-robin, identical), so a test can leave one node's view stale while the slot moves.
/// </summary>
public sealed class HttpTestCluster : IAsyncDisposable
{
    private readonly Dictionary<string, InMemorySlotTable> _views = new(StringComparer.Ordinal);

    private HttpTestCluster(IReadOnlyList<string> nodeIds) => NodeIds = nodeIds;

    public IReadOnlyList<string> NodeIds { get; }

    public List<HttpTestNode> Nodes { get; } = [];

    public StaticNodeAddressBook AddressBook { get; } = new();

    public RemoteProbe Probe { get; } = new();

    /// <summary>The authoritative view (every node's view until a test makes one stale).</summary>
    public InMemorySlotTable Truth { get; private set; } = null!;

    public static async Task<HttpTestCluster> StartAsync(int nodeCount, Action<HttpRemotingOptions>? remoting = null)
    {
        var ids = Enumerable.Range(0, nodeCount).Select(i => "node-" + i).ToArray();
        var cluster = new HttpTestCluster(ids);
        cluster.Truth = new InMemorySlotTable(ids);
        foreach (var id in ids)
        {
            var view = new InMemorySlotTable(ids);
            cluster._views[id] = view;
            cluster.Nodes.Add(await HttpTestNode.StartAsync(id, view, cluster.AddressBook, cluster.Probe, remoting));
        }

        return cluster;
    }

    public HttpTestNode Node(string nodeId) => Nodes.Single(n => n.NodeId == nodeId);

    /// <summary>A key of the probe grain whose slot <paramref name="nodeId"/> owns initially.</summary>
    public string KeyOwnedBy(string nodeId, string prefix = "k")
    {
        for (var i = 0; ; i++)
        {
            var key = prefix + i;
            if (Truth.GetOwner(SlotHasher.GetSlot(new GrainId("remote-probe", key))).NodeId == nodeId)
            {
                return key;
            }
        }
    }

    /// <summary>Moves the slot to <paramref name="toNodeId"/> in the truth and in every view except the stale ones.</summary>
    public async Task MoveSlotAsync(int slot, string toNodeId, params string[] staleNodeIds)
    {
        var from = Truth.GetOwner(slot).NodeId;
        Truth.Move(slot, toNodeId);
        foreach (var (nodeId, view) in _views)
        {
            if (!staleNodeIds.Contains(nodeId))
            {
                view.Move(slot, toNodeId);
            }
        }

        await Node(from).Runtime.DeactivateSlotAsync(slot);
    }

    public async ValueTask DisposeAsync()
    {
        Probe.Gate.TrySetResult();
        foreach (var node in Nodes)
        {
            await node.DisposeAsync();
        }
    }
}
