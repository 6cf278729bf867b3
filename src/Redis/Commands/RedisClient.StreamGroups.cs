using Voice.Redis.Protocol;
using Voice.Redis.Streams;

namespace Voice.Redis.Commands;

public sealed partial class RedisClient
{
    /// <summary>XGROUP CREATE key group id MKSTREAM: false when the group already exists (BUSYGROUP).</summary>
    public async Task<bool> StreamCreateGroupAsync(RedisValue key, string group, string startId = "$", CancellationToken cancellationToken = default)
    {
        try
        {
            await RunAsync("XGROUP CREATE", [key, group, startId, "MKSTREAM"], cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (RedisServerException ex) when (ex.Prefix == "BUSYGROUP")
        {
            return false;
        }
    }

    /// <summary>XACK: how many of the ids were pending and are now acknowledged.</summary>
    public async Task<long> StreamAcknowledgeAsync(RedisValue key, string group, string[] ids, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ids);
        RedisValue[] arguments = [key, group, .. ids.Select(id => (RedisValue)id)];
        return (await RunAsync("XACK", arguments, cancellationToken).ConfigureAwait(false)).AsInt64();
    }

    /// <summary>XAUTOCLAIM key group consumer min-idle start [COUNT n]: takes over entries idle too long in other consumers.</summary>
    public async Task<StreamAutoClaimResult> StreamAutoClaimAsync(RedisValue key, string group, string consumer, TimeSpan minIdle, string startId = "0-0", int? count = null, CancellationToken cancellationToken = default)
    {
        var arguments = new List<RedisValue> { key, group, consumer, (long)minIdle.TotalMilliseconds, startId };
        if (count is { } limit)
        {
            arguments.AddRange(["COUNT", limit]);
        }

        RedisReply reply = await RunAsync("XAUTOCLAIM", [.. arguments], cancellationToken).ConfigureAwait(false);
        return StreamReplies.ReadAutoClaim(reply);
    }

    /// <summary>XRANGE key start end [COUNT n].</summary>
    public async Task<IReadOnlyList<StreamEntry>> StreamRangeAsync(RedisValue key, string start = "-", string end = "+", int? count = null, CancellationToken cancellationToken = default)
    {
        var arguments = new List<RedisValue> { key, start, end };
        if (count is { } limit)
        {
            arguments.AddRange(["COUNT", limit]);
        }

        return StreamReplies.ReadEntries(await RunAsync("XRANGE", [.. arguments], cancellationToken).ConfigureAwait(false));
    }

    /// <summary>XLEN: number of entries (0 for a missing key).</summary>
    public async Task<long> StreamLengthAsync(RedisValue key, CancellationToken cancellationToken = default) =>
        (await RunAsync("XLEN", [key], cancellationToken).ConfigureAwait(false)).AsInt64();
}
