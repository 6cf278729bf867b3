namespace Voice.Runtime.Placement;

/// <summary>Which node owns a slot, under which epoch (the epoch rises on every ownership change).</summary>
public readonly record struct SlotOwnership(string NodeId, long Epoch);
