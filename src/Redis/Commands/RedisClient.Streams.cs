using Voice.Redis.Protocol;
using Voice.Redis.Streams;

namespace Voice.Redis.Commands;

public sealed partial class RedisClient
{
    /// <summary>XADD [MAXLEN ~ n] id field value ...: the new entry's id.</summary>
    /// <param name="key">Stream key.</param>
    /// <param name="fields">Field/value pairs (at least one).</param>
    /// <param name="maxLength">Trim to about this many entries (approximate trimming is much cheaper).</param>
    /// <param name="id">Entry id; <c>*</c> lets the server choose.</param>
    /// <param name="cancellationToken">Stops waiting.</param>
    public async Task<string> StreamAddAsync(RedisValue key, IReadOnlyList<KeyValuePair<string, RedisValue>> fields, long? maxLength = null, string id = "*", CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(fields);
        ArgumentOutOfRangeException.ThrowIfZero(fields.Count);
        var arguments = new List<RedisValue> { key };
        if (maxLength is { } max)
        {
            arguments.AddRange(["MAXLEN", "~", max]);
        }

        arguments.Add(id);
        foreach (var (field, value) in fields)
        {
            arguments.Add(field);
            arguments.Add(value);
        }

        return (await RunAsync("XADD", [.. arguments], cancellationToken).ConfigureAwait(false)).AsString()!;
    }

    /// <summary>
    /// XREAD [COUNT n] [BLOCK ms] STREAMS keys ids. With <paramref name="block"/> the call runs on a
    /// dedicated connection; an empty list means the block elapsed without new entries.
    /// </summary>
    public async Task<IReadOnlyList<StreamReadResult>> StreamReadAsync(IReadOnlyList<StreamPosition> streams, int? count = null, TimeSpan? block = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(streams);
        var arguments = new List<RedisValue>();
        AddReadOptions(arguments, count, block, noAck: false);
        AddStreams(arguments, streams);
        RedisReply reply = await RunReadAsync("XREAD", [.. arguments], block, cancellationToken).ConfigureAwait(false);
        return StreamReplies.ReadStreams(reply);
    }

    /// <summary>XREADGROUP GROUP g c [COUNT n] [BLOCK ms] [NOACK] STREAMS keys ids (use id <c>&gt;</c> for new entries).</summary>
    public async Task<IReadOnlyList<StreamReadResult>> StreamReadGroupAsync(string group, string consumer, IReadOnlyList<StreamPosition> streams, int? count = null, TimeSpan? block = null, bool noAck = false, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(streams);
        var arguments = new List<RedisValue> { "GROUP", group, consumer };
        AddReadOptions(arguments, count, block, noAck);
        AddStreams(arguments, streams);
        RedisReply reply = await RunReadAsync("XREADGROUP", [.. arguments], block, cancellationToken).ConfigureAwait(false);
        return StreamReplies.ReadStreams(reply);
    }

    private Task<RedisReply> RunReadAsync(string command, RedisValue[] arguments, TimeSpan? block, CancellationToken cancellationToken) =>
        block is { } wait
            ? _blockingPool.ExecuteAsync(command, arguments, wait, cancellationToken)
            : RunAsync(command, arguments, cancellationToken);

    private static void AddReadOptions(List<RedisValue> arguments, int? count, TimeSpan? block, bool noAck)
    {
        if (count is { } limit)
        {
            arguments.AddRange(["COUNT", limit]);
        }

        if (block is { } wait)
        {
            arguments.AddRange(["BLOCK", (long)wait.TotalMilliseconds]);
        }

        if (noAck)
        {
            arguments.Add("NOACK");
        }
    }

    private static void AddStreams(List<RedisValue> arguments, IReadOnlyList<StreamPosition> streams)
    {
        ArgumentOutOfRangeException.ThrowIfZero(streams.Count);
        arguments.Add("STREAMS");
        arguments.AddRange(streams.Select(stream => (RedisValue)stream.Key));
        arguments.AddRange(streams.Select(stream => (RedisValue)stream.Id));
    }
}
