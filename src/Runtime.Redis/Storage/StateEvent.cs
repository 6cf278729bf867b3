namespace Voice.Runtime.Redis.Storage;

/// <summary>An event committed atomically with a state write: appended to <paramref name="Stream"/> as fields
/// <c>key</c>, <c>event</c> (= <paramref name="Payload"/>, JSON text) and <c>seq</c> (per-key sequence number).</summary>
public readonly record struct StateEvent(string Stream, string Key, string Payload);
