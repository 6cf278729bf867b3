namespace Voice.Runtime.Placement;

/// <summary>Single-node default: this node owns every slot at epoch 1.</summary>
public sealed class EmbeddedSlotTable(string nodeId) : ISlotTable
{
    private readonly SlotOwnership _owner = new(nodeId, 1);

    public SlotOwnership GetOwner(int slot) => _owner;
}
