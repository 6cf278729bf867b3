using Voice.Redis.Protocol;

namespace Voice.Redis.Commands;

/// <summary>A sorted-set member with its score.</summary>
public readonly record struct SortedSetEntry(RedisValue Member, double Score);
