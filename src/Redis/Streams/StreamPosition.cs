namespace Voice.Redis.Streams;

/// <summary>A stream key and the id to read after (<c>$</c>: new entries only; <c>&gt;</c>: never-delivered, in groups).</summary>
public readonly record struct StreamPosition(string Key, string Id);
