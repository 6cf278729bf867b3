using Voice.Redis.Commands;
using Voice.Redis.Protocol;
using Voice.Runtime.Redis.Options;

namespace Voice.Runtime.Redis.Storage;

/// <summary>
/// Grain state in Redis with fenced, all-or-nothing writes (state + events in one Lua script).
/// <para>Keys (prefix P, default <c>voice:</c>):</para>
/// <list type="bullet">
/// <item><c>P state:{grainType}/{key}</c> — HASH <c>data</c> (bytes), <c>etag</c> (32 hex chars, random per write).</item>
/// <item><c>P stream:{stream}</c> — STREAM of events, fields <c>key</c>, <c>event</c>, <c>seq</c>; XADD MAXLEN ~ StreamMaxLength.</item>
/// <item><c>P stream:{stream}:seq</c> — HASH event key → last <c>seq</c> (HINCRBY in the writing script).</item>
/// <item>Reads (never writes) <c>P slot:{s}:lease</c> field <c>epoch</c>, owned by <see cref="Placement.SlotLeaseManager"/>.</item>
/// </list>
/// <para>
/// Fencing: a write commits only if the slot's lease exists with exactly the writer's epoch. A deposed owner's
/// write therefore fails whether its lease merely expired (no lease) or a new owner claimed it (epoch + 1).
/// ETags are random rather than counters so a state cleared and written again can never repeat an old ETag.
/// </para>
/// </summary>
public sealed partial class RedisGrainStateStore
{
    private readonly RedisClient _client;
    private readonly RedisKeyLayout _keys;
    private readonly long _streamMaxLength;

    /// <summary>Creates the store over <paramref name="client"/> with the layout of <paramref name="options"/>.</summary>
    public RedisGrainStateStore(RedisClient client, RedisClusterOptions options)
    {
        ArgumentNullException.ThrowIfNull(client);
        _client = client;
        _keys = new RedisKeyLayout(options.Validate().KeyPrefix);
        _streamMaxLength = options.StreamMaxLength ?? 0;
    }

    /// <summary>The Redis key of event stream <paramref name="stream"/> (for XREAD / XRANGE consumers).</summary>
    public string StreamKey(string stream) => _keys.Stream(stream);

    /// <summary>Reads the state of (<paramref name="grainType"/>, <paramref name="key"/>); <see cref="GrainStateRecord.None"/> when absent.</summary>
    public async Task<GrainStateRecord> ReadAsync(string grainType, string key, CancellationToken cancellationToken = default)
    {
        RedisReply reply = await _client.ExecuteAsync("HMGET", [_keys.State(grainType, key), "data", "etag"], cancellationToken).ConfigureAwait(false);
        string? eTag = reply.Elements[1].AsString();
        return eTag is null ? GrainStateRecord.None : new GrainStateRecord(reply.Elements[0].ToValue().ToArray() ?? [], eTag);
    }

    /// <summary>
    /// Writes <paramref name="data"/> and appends <paramref name="events"/> atomically, if the slot is still held at
    /// <paramref name="epoch"/> and the stored ETag equals <paramref name="expectedETag"/> (null = no state yet).
    /// </summary>
    public async Task<StateWriteResult> WriteAsync(string grainType, string key, ReadOnlyMemory<byte> data, string? expectedETag, int slot, long epoch, IReadOnlyList<StateEvent>? events = null, CancellationToken cancellationToken = default)
    {
        events ??= [];
        string newETag = Guid.NewGuid().ToString("N");
        var keys = new RedisValue[2 + (2 * events.Count)];
        var arguments = new RedisValue[5 + (2 * events.Count)];
        keys[0] = _keys.Lease(slot);
        keys[1] = _keys.State(grainType, key);
        arguments[0] = epoch;
        arguments[1] = expectedETag ?? string.Empty;
        arguments[2] = newETag;
        arguments[3] = data;
        arguments[4] = _streamMaxLength;
        for (int i = 0; i < events.Count; i++)
        {
            StateEvent e = events[i];
            (keys[2 + (2 * i)], keys[3 + (2 * i)]) = _keys.StreamKeys(e.Stream);
            (arguments[5 + (2 * i)], arguments[6 + (2 * i)]) = (e.Key, e.Payload);
        }

        RedisReply reply = await WriteScript.EvaluateAsync(_client, keys, arguments, cancellationToken).ConfigureAwait(false);
        return ToResult(reply, grainType, key, slot, epoch, expectedETag, newETag);
    }

    /// <summary>Deletes the state under the same fencing and ETag check as <see cref="WriteAsync"/>.</summary>
    public async Task<StateWriteResult> ClearAsync(string grainType, string key, string? expectedETag, int slot, long epoch, CancellationToken cancellationToken = default)
    {
        RedisValue[] keys = [_keys.Lease(slot), _keys.State(grainType, key)];
        RedisReply reply = await ClearScript.EvaluateAsync(_client, keys, [epoch, expectedETag ?? string.Empty], cancellationToken).ConfigureAwait(false);
        return ToResult(reply, grainType, key, slot, epoch, expectedETag, newETag: null);
    }

    private static StateWriteResult ToResult(RedisReply reply, string grainType, string key, int slot, long epoch, string? expectedETag, string? newETag)
    {
        IReadOnlyList<RedisReply> items = reply.Elements;
        if (items[0].AsInt64() == 1)
        {
            var sequences = items.Count == 2 ? [] : new long[items.Count - 2];
            for (int i = 0; i < sequences.Length; i++)
            {
                sequences[i] = items[2 + i].AsInt64();
            }

            return StateWriteResult.Success(newETag, sequences);
        }

        StateConflictKind kind = items[1].AsString() == "epoch" ? StateConflictKind.Epoch : StateConflictKind.ETag;
        string? actualETag = items[2].AsString() is { Length: > 0 } stored ? stored : null;
        return StateWriteResult.Refused(new StateConflict(kind, grainType, key, slot, epoch, items[3].AsInt64(), expectedETag, actualETag));
    }
}
