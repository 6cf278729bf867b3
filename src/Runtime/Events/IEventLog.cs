namespace Voice.Runtime.Events;

/// <summary>
/// Ordered event streams. Each entry carries a per-key sequence number (assigned at append) and a stream position;
/// readers resume from a position, so delivery is at-least-once and consumers dedupe by (key, seq).
/// </summary>
public interface IEventLog
{
    /// <summary>Appends a batch atomically (all entries or none) outside a grain state write.</summary>
    ValueTask<IReadOnlyList<EventLogEntry>> AppendAsync(IReadOnlyList<GrainEvent> events, CancellationToken cancellationToken = default);

    /// <summary>Reads up to <paramref name="maxCount"/> entries whose position is at least <paramref name="fromPosition"/>.</summary>
    ValueTask<IReadOnlyList<EventLogEntry>> ReadAsync(string stream, long fromPosition, int maxCount, CancellationToken cancellationToken = default);

    /// <summary>
    /// The position just after the newest stored entry (1 for an empty stream): tailing from it yields only entries
    /// appended later, which is how a live reader starts at "now" without reading the backlog.
    /// </summary>
    ValueTask<long> EndPositionAsync(string stream, CancellationToken cancellationToken = default);

    /// <summary>Yields stored entries from <paramref name="fromPosition"/>, then live ones as they are appended.</summary>
    IAsyncEnumerable<EventLogEntry> TailAsync(string stream, long fromPosition, CancellationToken cancellationToken = default);
}
