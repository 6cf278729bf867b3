using System.Text.Json;
using Voice.Grains.Contracts;
using Voice.Grains.Contracts.Calls;
using Voice.Redis.Commands;
using Voice.Redis.Connection;
using Voice.Redis.Streams;

namespace Voice.Silo.Tests.Processes;

/// <summary>
/// The call events of a cluster as a consumer sees them: the Redis stream of topic <c>voice-callthread</c>, whose
/// entries carry the call thread <c>key</c> and the <c>event</c> JSON (docs/cluster.md, key layout).
/// </summary>
internal sealed class CallEventStream : IAsyncDisposable
{
    private static readonly TimeSpan LongestBlock = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan ShortestBlock = TimeSpan.FromMilliseconds(10);
    private readonly RedisClient _redis;
    private readonly string _streamKey;

    private CallEventStream(RedisClient redis, string streamKey)
    {
        _redis = redis;
        _streamKey = streamKey;
    }

    public static async Task<CallEventStream> ConnectAsync(string endPoint, string keyPrefix)
    {
        var redis = await RedisClient.ConnectAsync(new RedisClientOptions { EndPoint = endPoint });
        return new CallEventStream(redis, keyPrefix + "stream:" + CallEvent.Stream);
    }

    /// <summary>The first event (oldest first) that <paramref name="match"/> accepts, waiting for new entries up to <paramref name="limit"/>.</summary>
    public async Task<CallEvent> WaitForAsync(Func<CallEvent, bool> match, TimeSpan limit)
    {
        var deadline = DateTime.UtcNow + limit;
        var after = "0";
        var seen = new List<CallEvent>();
        while (DateTime.UtcNow < deadline)
        {
            // XREAD BLOCK is the stream's own signal; the slice only keeps the overall limit honest (BLOCK 0 = forever).
            var remaining = deadline - DateTime.UtcNow;
            var block = remaining > LongestBlock ? LongestBlock : remaining < ShortestBlock ? ShortestBlock : remaining;
            foreach (var result in await _redis.StreamReadAsync([new StreamPosition(_streamKey, after)], block: block))
            {
                foreach (var entry in result.Entries)
                {
                    after = entry.Id;
                    var callEvent = Parse(entry);
                    seen.Add(callEvent);
                    if (match(callEvent))
                    {
                        return callEvent;
                    }
                }
            }
        }

        throw new TimeoutException($"no matching call event within {limit}; seen: {string.Join(", ", seen.Select(Describe))}");
    }

    /// <summary>Every event of call thread <paramref name="callThreadKey"/>, in stream order.</summary>
    public async Task<IReadOnlyList<CallEvent>> OfCallAsync(string callThreadKey)
    {
        var results = await _redis.StreamReadAsync([new StreamPosition(_streamKey, "0")]);
        return [.. results
            .SelectMany(result => result.Entries)
            .Where(entry => entry["key"].ToString() == callThreadKey)
            .Select(Parse)];
    }

    public static string Describe(CallEvent e) => $"{e.Id}({e.ThisDn}, seq {e.Seq}, {e.CustomerId}:{e.CallThreadId})";

    public ValueTask DisposeAsync() => _redis.DisposeAsync();

    private static CallEvent Parse(StreamEntry entry) =>
        JsonSerializer.Deserialize(entry["event"].ToString()!, GrainsContractsJsonContext.Default.CallEvent)
        ?? throw new InvalidOperationException($"stream entry {entry.Id} has no event");
}
