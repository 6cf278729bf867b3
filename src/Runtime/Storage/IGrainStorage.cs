namespace Voice.Runtime.Storage;

/// <summary>
/// Grain state persistence. Writes are compare-and-set on the ETag and fenced by the slot epoch, and commit the
/// given events atomically with the state (all or nothing).
/// </summary>
public interface IGrainStorage
{
    /// <summary>Reads the state, or null when none was ever written (or it was cleared).</summary>
    ValueTask<GrainStateRecord?> ReadAsync(GrainId grainId, CancellationToken cancellationToken = default);

    /// <summary>Writes state + events; returns the new ETag.</summary>
    /// <exception cref="InconsistentStateException">ETag mismatch or stale fencing token.</exception>
    ValueTask<string> WriteAsync(
        GrainId grainId,
        ReadOnlyMemory<byte> data,
        string? expectedETag,
        IReadOnlyList<GrainEvent> events,
        FencingToken fence,
        CancellationToken cancellationToken = default);

    /// <summary>Removes the state (same compare-and-set and fencing rules as a write).</summary>
    ValueTask ClearAsync(GrainId grainId, string? expectedETag, FencingToken fence, CancellationToken cancellationToken = default);
}
