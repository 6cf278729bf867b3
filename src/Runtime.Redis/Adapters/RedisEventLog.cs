using System.Runtime.CompilerServices;
using Voice.Redis.Commands;
using Voice.Redis.Protocol;
using Voice.Redis.Scripting;
using Voice.Redis.Streams;
using Voice.Runtime.Events;
using Voice.Runtime.Redis.Options;

namespace Voice.Runtime.Redis.Adapters;

/// <summary>
/// The runtime's <see cref="IEventLog"/> over the Redis streams that grain state writes append to
/// (<c>P stream:{stream}</c>, entries <c>key</c>, <c>event</c>, <c>seq</c>; see <see cref="Storage.RedisGrainStateStore"/>).
/// Positions are entry ids packed by <see cref="EventLogPosition"/>. Live tails block in XREAD on a dedicated
/// connection (the client's blocking pool), never on the shared one.
/// </summary>
public sealed class RedisEventLog(Func<RedisClient> client, RedisClusterOptions options, TimeSpan? tailBlock = null) : IEventLog
{
    // KEYS pairs (stream, its per-key seq hash); ARGV[1] MAXLEN ('0' = none), then (key, payload) per event.
    // The same HINCRBY + XADD as the state write script, without state or fence: one script keeps the batch atomic.
    private static readonly RedisScript AppendScript = new("""
        local out = {}
        for i = 1, #KEYS / 2 do
          local key = ARGV[2 * i]
          local seq = redis.call('HINCRBY', KEYS[2 * i], key, 1)
          local id
          if ARGV[1] == '0' then
            id = redis.call('XADD', KEYS[2 * i - 1], '*', 'key', key, 'event', ARGV[2 * i + 1], 'seq', seq)
          else
            id = redis.call('XADD', KEYS[2 * i - 1], 'MAXLEN', '~', ARGV[1], '*', 'key', key, 'event', ARGV[2 * i + 1], 'seq', seq)
          end
          out[#out + 1] = id
          out[#out + 1] = seq
        end
        return out
        """);

    private const int TailBatch = 256;
    private readonly RedisKeyLayout _keys = new(options.Validate().KeyPrefix);
    private readonly long _maxLength = options.StreamMaxLength ?? 0;
    private readonly TimeSpan _tailBlock = tailBlock ?? TimeSpan.FromSeconds(5);

    public async ValueTask<IReadOnlyList<EventLogEntry>> AppendAsync(IReadOnlyList<GrainEvent> events, CancellationToken cancellationToken = default)
    {
        if (events.Count == 0)
        {
            return [];
        }

        RedisValue[] keys = [.. events.SelectMany(e => new RedisValue[] { _keys.Stream(e.Stream), _keys.StreamSequences(e.Stream) })];
        RedisValue[] arguments = [_maxLength, .. events.SelectMany(e => new RedisValue[] { e.Key, e.Payload })];
        var reply = await AppendScript.EvaluateAsync(client(), keys, arguments, cancellationToken).ConfigureAwait(false);
        var appended = new EventLogEntry[events.Count];
        for (var i = 0; i < events.Count; i++)
        {
            var position = EventLogPosition.FromEntryId(reply.Elements[2 * i].AsString()!);
            appended[i] = new EventLogEntry(events[i].Stream, events[i].Key, events[i].Payload, reply.Elements[(2 * i) + 1].AsInt64(), position);
        }

        return appended;
    }

    public async ValueTask<IReadOnlyList<EventLogEntry>> ReadAsync(string stream, long fromPosition, int maxCount, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxCount);
        var results = await client().StreamReadAsync([new StreamPosition(_keys.Stream(stream), EventLogPosition.IdBefore(fromPosition))], maxCount, block: null, cancellationToken).ConfigureAwait(false);
        return [.. results.SelectMany(r => r.Entries).Select(e => ToEntry(stream, e))];
    }

    public async ValueTask<long> EndPositionAsync(string stream, CancellationToken cancellationToken = default)
    {
        // XREVRANGE + - COUNT 1: the newest entry, or none for an empty or missing stream.
        var newest = await client().ExecuteAsync("XREVRANGE", [_keys.Stream(stream), "+", "-", "COUNT", 1], cancellationToken).ConfigureAwait(false);
        return newest.IsNull || newest.Elements.Count == 0
            ? 1
            : EventLogPosition.FromEntryId(newest.Elements[0].Elements[0].AsString()!) + 1;
    }

    public async IAsyncEnumerable<EventLogEntry> TailAsync(string stream, long fromPosition, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var key = _keys.Stream(stream);
        var after = EventLogPosition.IdBefore(fromPosition);
        while (true)
        {
            // XREAD BLOCK returns stored entries at once and otherwise waits for the next append (or the block time).
            var results = await client().StreamReadAsync([new StreamPosition(key, after)], TailBatch, _tailBlock, cancellationToken).ConfigureAwait(false);
            foreach (var entry in results.SelectMany(r => r.Entries))
            {
                after = entry.Id;
                yield return ToEntry(stream, entry);
            }
        }
    }

    private static EventLogEntry ToEntry(string stream, StreamEntry entry)
        => new(stream, entry["key"].ToString()!, entry["event"].ToString()!, entry["seq"].ToInt64(), EventLogPosition.FromEntryId(entry.Id));
}
