namespace Voice.Runtime.Redis.Storage;

/// <summary>Why a fenced write was refused.</summary>
public enum StateConflictKind
{
    /// <summary>The slot's lease is not held at the writer's epoch (taken over, released or expired).</summary>
    Epoch,

    /// <summary>The stored ETag is not the one the writer last read (another write came in between).</summary>
    ETag,
}
