namespace Voice.Runtime.Events;

/// <summary>A stored event.</summary>
/// <param name="Stream">Stream name.</param>
/// <param name="Key">Entity key.</param>
/// <param name="Payload">JSON text.</param>
/// <param name="Sequence">Per (stream, key) sequence number, starting at 1.</param>
/// <param name="Position">Position in the stream, starting at 1.</param>
public sealed record EventLogEntry(string Stream, string Key, string Payload, long Sequence, long Position);
