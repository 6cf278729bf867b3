namespace Voice.Runtime.Storage;

/// <summary>
/// The slot and the owner epoch under which an activation was created. Storage rejects writes carrying an epoch
/// lower than one it has already seen for the slot, so a node that lost the slot cannot overwrite the new owner.
/// </summary>
public readonly record struct FencingToken(int Slot, long Epoch);
