namespace Voice.Runtime.Placement;

/// <summary>A grain's slot and that slot's current owner.</summary>
public readonly record struct SlotPlacement(int Slot, SlotOwnership Owner);
