namespace Voice.Runtime.Redis.Storage;

/// <summary>
/// Outcome of a fenced write or clear: success with the new ETag (null after a clear) and the <c>seq</c> assigned
/// to each event in order, or a <see cref="StateConflict"/>.
/// </summary>
public sealed class StateWriteResult
{
    private StateWriteResult(string? eTag, IReadOnlyList<long> sequences, StateConflict? conflict)
    {
        ETag = eTag;
        Sequences = sequences;
        Conflict = conflict;
    }

    /// <summary>True when the state (and every event) was committed.</summary>
    public bool IsSuccess => Conflict is null;

    /// <summary>The new ETag after a successful write; null after a clear or a conflict.</summary>
    public string? ETag { get; }

    /// <summary>Per-key sequence numbers assigned to the events, in the order they were given.</summary>
    public IReadOnlyList<long> Sequences { get; }

    /// <summary>Why the write was refused; null on success.</summary>
    public StateConflict? Conflict { get; }

    internal static StateWriteResult Success(string? eTag, IReadOnlyList<long> sequences) => new(eTag, sequences, null);

    internal static StateWriteResult Refused(StateConflict conflict) => new(null, [], conflict);
}
