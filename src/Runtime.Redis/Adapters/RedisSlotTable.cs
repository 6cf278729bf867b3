using System.Collections.Concurrent;
using Voice.Runtime.Placement;
using Voice.Runtime.Redis.Placement;

namespace Voice.Runtime.Redis.Adapters;

/// <summary>
/// The runtime's <see cref="ISlotTable"/> over the lease manager's cached view: this node's own slots come from its
/// held leases (authoritative for itself), others' from the table refreshed every pass. A slot being handed over
/// answers <see cref="SlotUnavailableException"/> so no new activation starts while the old ones flush.
/// </summary>
public sealed class RedisSlotTable : ISlotTable
{
    private readonly ConcurrentDictionary<int, byte> _draining = new();
    private SlotLeaseManager? _leases;

    /// <summary>Connects the table to the lease manager once the cluster node exists.</summary>
    public void Attach(SlotLeaseManager leases) => Volatile.Write(ref _leases, leases);

    public SlotOwnership GetOwner(int slot)
    {
        var leases = Volatile.Read(ref _leases) ?? throw new SlotUnavailableException(slot, "cluster not started");
        if (_draining.ContainsKey(slot))
        {
            throw new SlotUnavailableException(slot, "handover in progress");
        }

        if (leases.OwnedSlots.TryGetValue(slot, out var epoch))
        {
            return new SlotOwnership(leases.NodeId, epoch);
        }

        // RefreshTable never reports this node for a slot it does not hold, so a remote answer is never ourselves.
        if (leases.TryGetOwner(slot, out var owner))
        {
            return new SlotOwnership(owner.NodeId, owner.Epoch);
        }

        throw new SlotUnavailableException(slot, "no lease holder");
    }

    /// <summary>Stops routing new calls for <paramref name="slot"/> to this node (its grains are about to deactivate).</summary>
    internal void BeginDrain(int slot) => _draining.TryAdd(slot, 0);

    /// <summary>The slot left this node: routing follows the lease table again.</summary>
    internal void EndDrain(int slot) => _draining.TryRemove(slot, out _);
}
