using System.Collections.Immutable;
using System.Globalization;
using Voice.Redis.Protocol;
using Voice.Redis.Scripting;

namespace Voice.Runtime.Redis.Membership;

public sealed partial class RedisMembership
{
    // KEYS[1] members zset, KEYS[2] own node hash.
    // ARGV: 1 id, 2 http, 3 sip, 4 death ms, 5 retention ms, 6 node key prefix, 7 '1' when registering.
    // Returns {now, id1, heartbeat1, http1, sip1, started1, id2, ...} for the live nodes.
    private static readonly RedisScript HeartbeatScript = new("""
        local t = redis.call('TIME')
        local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
        redis.call('HSET', KEYS[2], 'id', ARGV[1], 'http', ARGV[2], 'sip', ARGV[3])
        if ARGV[7] == '1' then
          redis.call('HSET', KEYS[2], 'started', now)
        else
          redis.call('HSETNX', KEYS[2], 'started', now)
        end
        redis.call('PEXPIRE', KEYS[2], ARGV[5])
        redis.call('ZADD', KEYS[1], now, ARGV[1])
        redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', '(' .. string.format('%d', now - tonumber(ARGV[5])))
        local ids = redis.call('ZRANGEBYSCORE', KEYS[1], '(' .. string.format('%d', now - tonumber(ARGV[4])), '+inf', 'WITHSCORES')
        local out = {now}
        for i = 1, #ids, 2 do
          local info = redis.call('HMGET', ARGV[6] .. ids[i], 'http', 'sip', 'started')
          if info[1] then
            out[#out + 1] = ids[i]
            out[#out + 1] = ids[i + 1]
            out[#out + 1] = info[1]
            out[#out + 1] = info[2]
            out[#out + 1] = info[3]
          end
        end
        return out
        """);

    private static readonly RedisScript LeaveScript = new("""
        redis.call('ZREM', KEYS[1], ARGV[1])
        redis.call('DEL', KEYS[2])
        return 1
        """);

    private async Task<MembershipSnapshot> HeartbeatAsync(bool register, CancellationToken cancellationToken)
    {
        RedisValue[] keys = [_keys.Members, _keys.Node(Self.NodeId)];
        RedisValue[] arguments =
        [
            Self.NodeId, Self.HttpAddress, Self.SipAddress,
            (long)_options.DeathTimeout.TotalMilliseconds, (long)_options.DeadNodeRetention.TotalMilliseconds,
            _keys.Node(string.Empty), register ? "1" : "0",
        ];
        RedisReply reply = await HeartbeatScript.EvaluateAsync(_client, keys, arguments, cancellationToken).ConfigureAwait(false);
        return await PublishAsync(ParseView(reply), cancellationToken).ConfigureAwait(false);
    }

    private async Task<MembershipSnapshot> PublishAsync((DateTimeOffset ReadAt, ImmutableArray<ClusterMember> Members) view, CancellationToken cancellationToken)
    {
        // Serialized so versions rise in the order views were read and Changed never races itself.
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        MembershipSnapshot next;
        bool changed;
        try
        {
            MembershipSnapshot previous = Current;
            changed = !previous.SameMembersAs(view.Members) || previous.Version == 0;
            next = new MembershipSnapshot(changed ? previous.Version + 1 : previous.Version, view.ReadAt, view.Members);
            Volatile.Write(ref _current, next);
        }
        finally
        {
            _gate.Release();
        }

        if (changed)
        {
            if (_logger.IsEnabled(Microsoft.Extensions.Logging.LogLevel.Information))
            {
                string nodes = string.Join(",", next.NodeIds);
                Log.ViewChanged(_logger, Self.NodeId, next.Version, nodes);
            }

            try
            {
                Changed?.Invoke(next);
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                // A throwing subscriber must not stop this node's heartbeats.
                Log.SubscriberFailed(_logger, Self.NodeId, ex);
            }
        }

        return next;
    }

    private static (DateTimeOffset, ImmutableArray<ClusterMember>) ParseView(RedisReply reply)
    {
        IReadOnlyList<RedisReply> items = reply.Elements;
        var members = ImmutableArray.CreateBuilder<ClusterMember>((items.Count - 1) / 5);
        for (int i = 1; i + 4 < items.Count; i += 5)
        {
            var info = new ClusterNodeInfo(items[i].AsString()!, items[i + 2].AsString()!, items[i + 3].AsString() ?? string.Empty);
            members.Add(new ClusterMember(info, FromUnixMs(items[i + 4].AsString()), FromUnixMs(items[i + 1].AsString())));
        }

        members.Sort((a, b) => string.CompareOrdinal(a.NodeId, b.NodeId));
        return (DateTimeOffset.FromUnixTimeMilliseconds(items[0].AsInt64()), members.ToImmutable());
    }

    private static DateTimeOffset FromUnixMs(string? text) =>
        long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out long ms) ? DateTimeOffset.FromUnixTimeMilliseconds(ms) : DateTimeOffset.MinValue;
}
