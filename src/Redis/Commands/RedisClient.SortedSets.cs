using Voice.Redis.Protocol;

namespace Voice.Redis.Commands;

public sealed partial class RedisClient
{
    /// <summary>ZADD of one member: true when it is new (an existing member's score is updated).</summary>
    public async Task<bool> SortedSetAddAsync(RedisValue key, RedisValue member, double score, CancellationToken cancellationToken = default) =>
        (await RunAsync("ZADD", [key, score, member], cancellationToken).ConfigureAwait(false)).AsInt64() == 1;

    /// <summary>ZREM: how many of the members existed.</summary>
    public async Task<long> SortedSetRemoveAsync(RedisValue key, RedisValue[] members, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(members);
        return (await RunAsync("ZREM", [key, .. members], cancellationToken).ConfigureAwait(false)).AsInt64();
    }

    /// <summary>ZSCORE: the member's score, or null when absent.</summary>
    public async Task<double?> SortedSetScoreAsync(RedisValue key, RedisValue member, CancellationToken cancellationToken = default)
    {
        RedisReply reply = await RunAsync("ZSCORE", [key, member], cancellationToken).ConfigureAwait(false);
        return reply.IsNull ? null : reply.AsDouble();
    }

    /// <summary>ZRANGEBYSCORE min max [LIMIT offset count] WITHSCORES, ascending; infinities are allowed.</summary>
    public async Task<IReadOnlyList<SortedSetEntry>> SortedSetRangeByScoreAsync(RedisValue key, double min, double max, long offset = 0, long? count = null, CancellationToken cancellationToken = default)
    {
        var arguments = new List<RedisValue> { key, min, max, "WITHSCORES" };
        if (count is { } limit)
        {
            arguments.AddRange(["LIMIT", offset, limit]);
        }

        RedisReply reply = await RunAsync("ZRANGEBYSCORE", [.. arguments], cancellationToken).ConfigureAwait(false);
        return ReadScoredMembers(reply);
    }

    /// <summary>RESP3 answers [[member, score], ...]; RESP2 answers the flat [member, score, member, score, ...].</summary>
    private static SortedSetEntry[] ReadScoredMembers(RedisReply reply)
    {
        if (reply.Elements.Count > 0 && reply.Elements[0].IsAggregate)
        {
            return [.. reply.Elements.Select(pair => new SortedSetEntry(pair.Elements[0].ToValue(), pair.Elements[1].AsDouble()))];
        }

        return [.. reply.ToPairs().Select(pair => new SortedSetEntry(pair.Key.ToValue(), pair.Value.AsDouble()))];
    }
}
