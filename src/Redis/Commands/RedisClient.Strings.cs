using Voice.Redis.Protocol;

namespace Voice.Redis.Commands;

public sealed partial class RedisClient
{
    /// <summary>GET: the value, or <see cref="RedisValue.Null"/> when the key does not exist.</summary>
    public async Task<RedisValue> GetAsync(RedisValue key, CancellationToken cancellationToken = default) =>
        (await RunAsync("GET", [key], cancellationToken).ConfigureAwait(false)).ToValue();

    /// <summary>SET with optional PX expiry and NX/XX condition; false when the condition prevented the write.</summary>
    public async Task<bool> SetAsync(RedisValue key, RedisValue value, TimeSpan? expiry = null, RedisSetCondition condition = RedisSetCondition.Always, CancellationToken cancellationToken = default)
    {
        var arguments = new List<RedisValue>(5) { key, value };
        if (expiry is { } ttl)
        {
            arguments.Add("PX");
            arguments.Add((long)ttl.TotalMilliseconds);
        }

        if (condition != RedisSetCondition.Always)
        {
            arguments.Add(condition == RedisSetCondition.IfNotExists ? "NX" : "XX");
        }

        RedisReply reply = await RunAsync("SET", [.. arguments], cancellationToken).ConfigureAwait(false);
        return !reply.IsNull;
    }

    /// <summary>DEL: how many of the keys existed and were removed.</summary>
    public async Task<long> DeleteAsync(RedisValue[] keys, CancellationToken cancellationToken = default) =>
        (await RunAsync("DEL", keys, cancellationToken).ConfigureAwait(false)).AsInt64();

    /// <summary>DEL of one key: true when it existed.</summary>
    public async Task<bool> DeleteAsync(RedisValue key, CancellationToken cancellationToken = default) =>
        await DeleteAsync([key], cancellationToken).ConfigureAwait(false) == 1;

    /// <summary>EXISTS: true when the key exists.</summary>
    public async Task<bool> ExistsAsync(RedisValue key, CancellationToken cancellationToken = default) =>
        (await RunAsync("EXISTS", [key], cancellationToken).ConfigureAwait(false)).AsInt64() == 1;

    /// <summary>INCR: the value after incrementing.</summary>
    public async Task<long> IncrementAsync(RedisValue key, CancellationToken cancellationToken = default) =>
        (await RunAsync("INCR", [key], cancellationToken).ConfigureAwait(false)).AsInt64();

    /// <summary>EXPIRE (whole seconds) or PEXPIRE (otherwise): false when the key does not exist.</summary>
    public async Task<bool> ExpireAsync(RedisValue key, TimeSpan expiry, CancellationToken cancellationToken = default)
    {
        bool wholeSeconds = expiry.Ticks % TimeSpan.TicksPerSecond == 0;
        RedisReply reply = wholeSeconds
            ? await RunAsync("EXPIRE", [key, (long)expiry.TotalSeconds], cancellationToken).ConfigureAwait(false)
            : await RunAsync("PEXPIRE", [key, (long)expiry.TotalMilliseconds], cancellationToken).ConfigureAwait(false);
        return reply.AsInt64() == 1;
    }

    /// <summary>PTTL: remaining time to live; null when the key does not exist or has no expiry.</summary>
    public async Task<TimeSpan?> GetTimeToLiveAsync(RedisValue key, CancellationToken cancellationToken = default)
    {
        long milliseconds = (await RunAsync("PTTL", [key], cancellationToken).ConfigureAwait(false)).AsInt64();
        return milliseconds < 0 ? null : TimeSpan.FromMilliseconds(milliseconds);
    }

    /// <summary>PUBLISH: how many subscribers received the message.</summary>
    public async Task<long> PublishAsync(RedisValue channel, RedisValue message, CancellationToken cancellationToken = default) =>
        (await RunAsync("PUBLISH", [channel, message], cancellationToken).ConfigureAwait(false)).AsInt64();
}
