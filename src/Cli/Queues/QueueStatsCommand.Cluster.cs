using Voice.Client;
using Voice.Grains.Contracts;
using Voice.Grains.Contracts.Routing;
using Voice.Grains.Contracts.Tenancy;
using Voice.Redis;

namespace Voice.Cli.Queues;

internal static partial class QueueStatsCommand
{
    /// <summary>Cluster mode: the tenant's configuration names its queues; each queue grain gives its figures.</summary>
    private static async Task<int> StatsThroughClusterAsync(QueueStatsRequest request, string redis, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        try
        {
            await using var client = await RedisGrainClient.ConnectAsync(
                redis,
                o => o.JsonTypeInfoResolvers.Add(GrainsContractsJsonContext.Default),
                cancellationToken: cancellationToken).ConfigureAwait(false);
            var config = await client.GetGrain<ITenantGrain>(request.Tenant).GetConfigAsync().ConfigureAwait(false);
            if (config is null)
            {
                await error.WriteLineAsync($"voicectl: there is no tenant '{request.Tenant}'").ConfigureAwait(false);
                return Invalid;
            }

            var queues = config.Dns.Where(d => d.Type == DnType.VirtualQueue && d.QueueId is not null).Select(d => d.QueueId!).ToList();
            if (request.Queue is not null)
            {
                if (!queues.Contains(request.Queue, StringComparer.Ordinal))
                {
                    await error.WriteLineAsync($"voicectl: tenant '{request.Tenant}' has no queue '{request.Queue}'").ConfigureAwait(false);
                    return Invalid;
                }

                queues = [request.Queue];
            }

            var stats = new List<QueueStats>();
            foreach (var queue in queues)
            {
                stats.Add(await client.GetGrain<IQueueGrain>(QueueKey.For(request.Tenant, queue)).GetStatsAsync().ConfigureAwait(false));
            }

            await QueueStatsTable.WriteAsync(output, stats).ConfigureAwait(false);
            return Ok;
        }
        catch (Exception e) when (e is RedisException or IOException or HttpRequestException or TimeoutException
                                   or Voice.Runtime.Http.RemoteGrainRoutingException
                                   or Voice.Runtime.Redis.Adapters.SlotUnavailableException)
        {
            await error.WriteLineAsync($"voicectl: cannot read queue statistics through Redis {redis}: {e.Message}").ConfigureAwait(false);
            return Failed;
        }
    }
}
