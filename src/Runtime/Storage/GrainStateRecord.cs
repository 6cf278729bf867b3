namespace Voice.Runtime.Storage;

/// <summary>Stored state bytes (UTF-8 JSON) and the ETag a later write must present.</summary>
public sealed record GrainStateRecord(ReadOnlyMemory<byte> Data, string ETag);
