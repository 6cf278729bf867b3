using Voice.Redis.Scripting;

namespace Voice.Runtime.Redis.Reminders;

public sealed partial class RedisReminderTable
{
    // Every mutation: KEYS[1] lease, KEYS[2] due zset, KEYS[3] definitions hash; ARGV[1] epoch, ARGV[2] reminder id.
    // Returns 'ok' | 'epoch' | 'missing' | 'due'.
    private const string FenceCheck = """
        if redis.call('HGET', KEYS[1], 'epoch') ~= ARGV[1] then
          return 'epoch'
        end

        """;

    // ARGV[3] next due (Unix ms), ARGV[4] period ms.
    private static readonly RedisScript UpsertScript = new(FenceCheck + """
        redis.call('ZADD', KEYS[2], ARGV[3], ARGV[2])
        redis.call('HSET', KEYS[3], ARGV[2], ARGV[4])
        return 'ok'
        """);

    private static readonly RedisScript RemoveScript = new(FenceCheck + """
        local removed = redis.call('ZREM', KEYS[2], ARGV[2])
        redis.call('HDEL', KEYS[3], ARGV[2])
        if removed == 0 then
          return 'missing'
        end
        return 'ok'
        """);

    // ARGV[3] due time the caller fired (Unix ms), ARGV[4] new due time.
    private static readonly RedisScript AdvanceScript = new(FenceCheck + """
        local due = redis.call('ZSCORE', KEYS[2], ARGV[2])
        if not due then
          return 'missing'
        end
        if tonumber(due) ~= tonumber(ARGV[3]) then
          return 'due'
        end
        redis.call('ZADD', KEYS[2], ARGV[4], ARGV[2])
        return 'ok'
        """);

    // KEYS[1] due zset, KEYS[2] definitions; ARGV[1] max score ('+inf' or Unix ms). Returns {id, due, period, ...}.
    private static readonly RedisScript ReadScript = new("""
        local due = redis.call('ZRANGEBYSCORE', KEYS[1], '-inf', ARGV[1], 'WITHSCORES')
        local out = {}
        for i = 1, #due, 2 do
          out[#out + 1] = due[i]
          out[#out + 1] = due[i + 1]
          out[#out + 1] = redis.call('HGET', KEYS[2], due[i]) or '0'
        end
        return out
        """);
}
