namespace Voice.Runtime.Redis.Storage;

/// <summary>
/// A refused write: nothing was changed and no event was appended. <see cref="ActualEpoch"/> is the epoch of the
/// slot's current lease (0 when no lease is held); <see cref="ActualETag"/> is the stored ETag (null: no state).
/// </summary>
public sealed record StateConflict(
    StateConflictKind Kind,
    string GrainType,
    string Key,
    int Slot,
    long Epoch,
    long ActualEpoch,
    string? ExpectedETag,
    string? ActualETag);
