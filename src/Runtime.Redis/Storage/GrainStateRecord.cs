namespace Voice.Runtime.Redis.Storage;

/// <summary>A grain's stored state: <see cref="Data"/> and <see cref="ETag"/> are both null when nothing is stored.</summary>
public sealed record GrainStateRecord(byte[]? Data, string? ETag)
{
    /// <summary>No stored state.</summary>
    public static GrainStateRecord None { get; } = new(null, null);
}
