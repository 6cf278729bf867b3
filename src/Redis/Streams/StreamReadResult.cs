namespace Voice.Redis.Streams;

/// <summary>Entries read from one stream by XREAD / XREADGROUP.</summary>
public sealed record StreamReadResult(string Key, IReadOnlyList<StreamEntry> Entries);
