namespace Voice.Runtime;

/// <summary>An event committed atomically with a grain's state write.</summary>
/// <param name="Stream">Event stream name (consumers read per stream).</param>
/// <param name="Key">Entity key; the log assigns a per-key sequence number.</param>
/// <param name="Payload">JSON text.</param>
public sealed record GrainEvent(string Stream, string Key, string Payload);
