namespace Voice.Runtime;

/// <summary>
/// A storage write was rejected because the ETag or the slot epoch (fencing token) was stale: someone else wrote
/// the state, or this node no longer owns the slot. The activation deactivates itself after the turn.
/// </summary>
public sealed class InconsistentStateException : Exception
{
    public InconsistentStateException()
        : this("Grain state is inconsistent with storage.")
    {
    }

    public InconsistentStateException(string message)
        : base(message)
    {
    }

    public InconsistentStateException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public InconsistentStateException(GrainId grainId, string? expectedETag, string? actualETag, int slot, long epoch, string reason)
        : base($"Write of {grainId} rejected ({reason}): expected ETag '{expectedETag}', actual '{actualETag}', slot {slot}, epoch {epoch}.")
    {
        GrainId = grainId;
        ExpectedETag = expectedETag;
        ActualETag = actualETag;
        Slot = slot;
        Epoch = epoch;
    }

    public GrainId GrainId { get; }

    public string? ExpectedETag { get; }

    public string? ActualETag { get; }

    public int Slot { get; }

    public long Epoch { get; }
}
