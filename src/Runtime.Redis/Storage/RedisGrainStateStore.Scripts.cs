using Voice.Redis.Scripting;

namespace Voice.Runtime.Redis.Storage;

public sealed partial class RedisGrainStateStore
{
    // Shared head of the fenced scripts. KEYS[1] lease, KEYS[2] state. ARGV[1] epoch, ARGV[2] expected etag ('' = none).
    // Refusals return {0, kind, actual etag, actual epoch} before anything is changed.
    private const string FenceCheck = """
        local epoch = redis.call('HGET', KEYS[1], 'epoch')
        local etag = redis.call('HGET', KEYS[2], 'etag') or ''
        if epoch ~= ARGV[1] then
          return {0, 'epoch', etag, tonumber(epoch or '0')}
        end
        if etag ~= ARGV[2] then
          return {0, 'etag', etag, tonumber(epoch)}
        end

        """;

    // KEYS[2+2i-1] stream i, KEYS[2+2i] its per-key seq hash. ARGV[3] new etag, ARGV[4] data, ARGV[5] MAXLEN
    // ('0' = none), ARGV[5+2i-1] event key i, ARGV[5+2i] payload i. Key types are checked before any change
    // because Redis does not roll a script back when a command in it fails half-way.
    private static readonly RedisScript WriteScript = new(FenceCheck + """
        local events = (#KEYS - 2) / 2
        for i = 1, events do
          local streamType = redis.call('TYPE', KEYS[1 + 2 * i]).ok
          local seqType = redis.call('TYPE', KEYS[2 + 2 * i]).ok
          if (streamType ~= 'none' and streamType ~= 'stream') or (seqType ~= 'none' and seqType ~= 'hash') then
            return redis.error_reply('WRONGTYPE event stream or sequence key ' .. KEYS[1 + 2 * i])
          end
        end
        redis.call('HSET', KEYS[2], 'data', ARGV[4], 'etag', ARGV[3])
        local out = {1, ARGV[3]}
        for i = 1, events do
          local key = ARGV[4 + 2 * i]
          local seq = redis.call('HINCRBY', KEYS[2 + 2 * i], key, 1)
          if ARGV[5] == '0' then
            redis.call('XADD', KEYS[1 + 2 * i], '*', 'key', key, 'event', ARGV[5 + 2 * i], 'seq', seq)
          else
            redis.call('XADD', KEYS[1 + 2 * i], 'MAXLEN', '~', ARGV[5], '*', 'key', key, 'event', ARGV[5 + 2 * i], 'seq', seq)
          end
          out[#out + 1] = seq
        end
        return out
        """);

    private static readonly RedisScript ClearScript = new(FenceCheck + """
        redis.call('DEL', KEYS[2])
        return {1, ''}
        """);
}
