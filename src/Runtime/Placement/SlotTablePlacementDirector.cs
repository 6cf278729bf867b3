namespace Voice.Runtime.Placement;

/// <summary>Default director: hash to a slot, ask the slot table for its owner.</summary>
public sealed class SlotTablePlacementDirector(ISlotTable slotTable) : IPlacementDirector
{
    public SlotPlacement Place(GrainId grainId)
    {
        var slot = SlotHasher.GetSlot(grainId);
        return new SlotPlacement(slot, slotTable.GetOwner(slot));
    }
}
