using Voice.Runtime.Placement;
using Voice.Runtime.Redis.Placement;

namespace Voice.Runtime.Redis.Tests.Support;

/// <summary>Event-driven waits on slot ownership across <see cref="RuntimeNode"/>s (no polling).</summary>
public sealed class ClusterWaits
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);
    private readonly ChangeSignal _signal = new();

    public void Watch(RuntimeNode node)
    {
        node.Cluster.Node.Leases.SlotAcquired += (_, _) => _signal.Pulse();
        node.Cluster.Node.Leases.SlotLost += _ => _signal.Pulse();
        _signal.Pulse();
    }

    /// <summary>
    /// Every node holds exactly the slots rendezvous hashing gives it among <paramref name="nodes"/>, and every
    /// node's cached table knows it (one explicit pass each; the table otherwise lags up to one renew interval).
    /// </summary>
    public async Task UntilBalancedAsync(params RuntimeNode[] nodes)
    {
        string?[] desired = RendezvousHash.Assign(SlotHasher.SlotCount, [.. nodes.Select(n => n.Id)]);
        await _signal.WaitUntilAsync(
            () => nodes.All(n => n.OwnedSlots.Count == desired.Count(owner => owner == n.Id)),
            Timeout,
            "slots balanced over " + string.Join(", ", nodes.Select(n => n.Id)));
        foreach (var node in nodes)
        {
            await node.Cluster.Node.Leases.RunPassAsync();
        }
    }

    public Task UntilOwnsAsync(RuntimeNode node, int slot)
        => _signal.WaitUntilAsync(() => node.OwnedSlots.ContainsKey(slot), Timeout, $"{node.Id} owns slot {slot}");

    /// <summary>A key of grain type "ledger" whose slot <paramref name="node"/> holds.</summary>
    public static string KeyOwnedBy(RuntimeNode node, string prefix)
    {
        for (var i = 0; ; i++)
        {
            var key = prefix + i;
            if (node.OwnedSlots.ContainsKey(SlotOf(key)))
            {
                return key;
            }
        }
    }

    public static int SlotOf(string ledgerKey) => SlotHasher.GetSlot(new GrainId("ledger", ledgerKey));
}
