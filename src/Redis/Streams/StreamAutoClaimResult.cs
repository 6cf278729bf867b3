namespace Voice.Redis.Streams;

/// <summary>XAUTOCLAIM result: the cursor for the next call (<c>0-0</c> when done), claimed entries, and ids of entries deleted meanwhile.</summary>
public sealed record StreamAutoClaimResult(string NextStartId, IReadOnlyList<StreamEntry> Entries, IReadOnlyList<string> DeletedIds);
