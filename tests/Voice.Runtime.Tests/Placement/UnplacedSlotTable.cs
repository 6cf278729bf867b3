using Voice.Runtime.Placement;

namespace Voice.Runtime.Tests.Placement;

/// <summary>A slot table with no owner for any slot until <see cref="Settle"/> names this node the owner of all.</summary>
internal sealed class UnplacedSlotTable(string nodeId) : ISlotTable
{
    private volatile bool _settled;

    public int Lookups;

    public void Settle() => _settled = true;

    public SlotOwnership GetOwner(int slot)
    {
        Interlocked.Increment(ref Lookups);
        return _settled ? new SlotOwnership(nodeId, 1) : throw new PlacementUnavailableException($"slot {slot} has no lease holder (test)");
    }
}
