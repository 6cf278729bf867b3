using Voice.Redis.Protocol;

namespace Voice.Redis.Streams;

/// <summary>Reads stream replies in both their RESP2 (nested arrays) and RESP3 (maps) shapes.</summary>
internal static class StreamReplies
{
    public static IReadOnlyList<StreamEntry> ReadEntries(RedisReply reply) =>
        reply.IsNull ? [] : [.. reply.Elements.Where(entry => !entry.IsNull).Select(ReadEntry)];

    /// <summary>[id, [field, value, ...]]; the field list is null for entries deleted while pending.</summary>
    public static StreamEntry ReadEntry(RedisReply entry)
    {
        string id = entry.Elements[0].AsString()!;
        var fields = entry.Elements[1].ToPairs()
            .Select(pair => new KeyValuePair<string, RedisValue>(pair.Key.AsString()!, pair.Value.ToValue()))
            .ToArray();
        return new StreamEntry(id, fields);
    }

    /// <summary>XREAD / XREADGROUP: null on timeout; RESP2 [[key, entries], ...]; RESP3 {key: entries}.</summary>
    public static IReadOnlyList<StreamReadResult> ReadStreams(RedisReply reply)
    {
        if (reply.IsNull)
        {
            return [];
        }

        if (reply.Type == RedisReplyType.Map)
        {
            return [.. reply.ToPairs().Select(pair => new StreamReadResult(pair.Key.AsString()!, ReadEntries(pair.Value)))];
        }

        return [.. reply.Elements.Select(stream => new StreamReadResult(stream.Elements[0].AsString()!, ReadEntries(stream.Elements[1])))];
    }

    /// <summary>XAUTOCLAIM: [next-start, entries, deleted-ids] (Redis 7; older servers omit the third element).</summary>
    public static StreamAutoClaimResult ReadAutoClaim(RedisReply reply)
    {
        IReadOnlyList<string> deleted = reply.Elements.Count > 2
            ? [.. reply.Elements[2].Elements.Select(id => id.AsString()!)]
            : [];
        return new StreamAutoClaimResult(reply.Elements[0].AsString()!, ReadEntries(reply.Elements[1]), deleted);
    }
}
