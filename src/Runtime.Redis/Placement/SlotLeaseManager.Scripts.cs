using Voice.Redis.Scripting;

namespace Voice.Runtime.Redis.Placement;

public sealed partial class SlotLeaseManager
{
    // KEYS: lease keys of the owned slots. ARGV[1] node id, ARGV[2] ttl ms, ARGV[2+i] expected epoch of KEYS[i].
    // Renews each lease still held by this node at that epoch; returns 1/0 per slot (0 = lost).
    private static readonly RedisScript RenewScript = new("""
        local out = {}
        for i = 1, #KEYS do
          local lease = redis.call('HMGET', KEYS[i], 'owner', 'epoch')
          if lease[1] == ARGV[1] and lease[2] == ARGV[i + 2] then
            redis.call('PEXPIRE', KEYS[i], ARGV[2])
            out[i] = 1
          else
            out[i] = 0
          end
        end
        return out
        """);

    // KEYS: pairs (lease key, epoch counter key). ARGV[1] node id, ARGV[2] ttl ms.
    // Claims each slot only if its lease is free (new epoch = INCR of the counter) or already this node's
    // (kept, renewed). Returns the epoch per pair, 0 when another node holds it.
    private static readonly RedisScript ClaimScript = new("""
        local out = {}
        for i = 1, #KEYS, 2 do
          local lease = redis.call('HMGET', KEYS[i], 'owner', 'epoch')
          local epoch = 0
          if not lease[1] then
            epoch = redis.call('INCR', KEYS[i + 1])
            redis.call('HSET', KEYS[i], 'owner', ARGV[1], 'epoch', epoch)
            redis.call('PEXPIRE', KEYS[i], ARGV[2])
          elseif lease[1] == ARGV[1] then
            redis.call('PEXPIRE', KEYS[i], ARGV[2])
            epoch = tonumber(lease[2])
          end
          out[#out + 1] = epoch
        end
        return out
        """);

    // KEYS: lease keys. ARGV[1] node id, ARGV[1+i] epoch of KEYS[i]. Deletes only leases this node holds at
    // that epoch (never another node's newer lease). Returns how many were released.
    private static readonly RedisScript ReleaseScript = new("""
        local released = 0
        for i = 1, #KEYS do
          local lease = redis.call('HMGET', KEYS[i], 'owner', 'epoch')
          if lease[1] == ARGV[1] and lease[2] == ARGV[i + 1] then
            redis.call('DEL', KEYS[i])
            released = released + 1
          end
        end
        return released
        """);

    // ARGV[1] lease key prefix ("P slot:"), ARGV[2] slot count. Returns {owner, epoch} per slot; '' / 0 when free.
    private static readonly RedisScript ReadTableScript = new("""
        local out = {}
        for s = 0, tonumber(ARGV[2]) - 1 do
          local lease = redis.call('HMGET', ARGV[1] .. s .. ':lease', 'owner', 'epoch')
          out[#out + 1] = lease[1] or ''
          out[#out + 1] = tonumber(lease[2] or '0')
        end
        return out
        """);
}
