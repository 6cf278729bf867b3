namespace Voice.Runtime.Placement;

/// <summary>
/// A shared, mutable slot table for in-process clusters: slots start spread round-robin over the nodes at epoch 1;
/// <see cref="Move"/> hands a slot to another node with a higher epoch.
/// </summary>
public sealed class InMemorySlotTable : ISlotTable
{
    private readonly SlotOwnership[] _owners = new SlotOwnership[SlotHasher.SlotCount];
    private readonly object _gate = new();

    public InMemorySlotTable(IReadOnlyList<string> nodeIds)
    {
        ArgumentOutOfRangeException.ThrowIfZero(nodeIds.Count);
        for (var slot = 0; slot < _owners.Length; slot++)
        {
            _owners[slot] = new SlotOwnership(nodeIds[slot % nodeIds.Count], 1);
        }
    }

    public SlotOwnership GetOwner(int slot)
    {
        lock (_gate)
        {
            return _owners[slot];
        }
    }

    /// <summary>Assigns the slot to <paramref name="nodeId"/> with the next epoch and returns the new ownership.</summary>
    public SlotOwnership Move(int slot, string nodeId)
    {
        lock (_gate)
        {
            var next = new SlotOwnership(nodeId, _owners[slot].Epoch + 1);
            _owners[slot] = next;
            return next;
        }
    }
}
