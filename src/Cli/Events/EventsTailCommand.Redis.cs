using System.Net.Sockets;
using Voice.Redis;
using Voice.Redis.Commands;
using Voice.Redis.Connection;
using Voice.Runtime.Redis.Adapters;
using Voice.Runtime.Redis.Options;

namespace Voice.Cli.Events;

internal static partial class EventsTailCommand
{
    /// <summary>
    /// Cluster: read the topic's Redis stream with the runtime's own <see cref="RedisEventLog"/> (same key layout and
    /// positions as the nodes), so no node has to be up. Unlike the node, nothing here refuses a topic: check it first.
    /// </summary>
    private static async Task<int> TailRedisAsync(EventsTailRequest request, string redis, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        if (!EventTopics.IsKnown(request.Topic))
        {
            await error.WriteLineAsync($"voicectl: --topic: '{request.Topic}' is not an event topic; use one of: {string.Join(", ", EventTopics.All)}").ConfigureAwait(false);
            return Invalid;
        }

        var options = new RedisClientOptions { EndPoint = redis, ClientName = "voicectl" };
        if (options.GetValidationErrors() is [var problem, ..])
        {
            await error.WriteLineAsync($"voicectl: --redis: {problem}").ConfigureAwait(false);
            return Invalid;
        }

        try
        {
            await using var client = await RedisClient.ConnectAsync(options, cancellationToken: cancellationToken).ConfigureAwait(false);
            var log = new RedisEventLog(() => client, new RedisClusterOptions());
            var from = request.From ?? await log.EndPositionAsync(request.Topic, cancellationToken).ConfigureAwait(false);
            // RedisEventLog's tail never ends by itself: only --count or Ctrl-C stop it (or a Redis error).
            await PrintAsync(log.TailAsync(request.Topic, from, cancellationToken), request, output, cancellationToken).ConfigureAwait(false);
            return Ok;
        }
        catch (Exception e) when (e is RedisException or IOException or SocketException or TimeoutException)
        {
            if (cancellationToken.IsCancellationRequested)
            {
                // Ctrl-C can surface as a broken read rather than a cancellation: the reader still asked to stop.
                return Ok;
            }

            await error.WriteLineAsync($"voicectl: cannot read events from Redis {redis}: {e.Message}").ConfigureAwait(false);
            return Failed;
        }
    }
}
