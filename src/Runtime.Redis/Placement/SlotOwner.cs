namespace Voice.Runtime.Redis.Placement;

/// <summary>The lease holder of a slot and its fencing epoch (rises by one on every claim, never reused).</summary>
public readonly record struct SlotOwner(string NodeId, long Epoch);
