using Voice.Client;
using Voice.Grains.Contracts;
using Voice.Grains.Contracts.Tenancy;
using Voice.Redis;

namespace Voice.Cli.Tenants;

internal static partial class TenantApplyCommand
{
    /// <summary>Cluster mode: find the tenant grain's owner through Redis and call ITenantGrain.ApplyAsync.</summary>
    private static async Task<int> ApplyThroughClusterAsync(TenantConfig config, string file, string redis, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        try
        {
            await using var client = await RedisGrainClient.ConnectAsync(
                redis,
                o => o.JsonTypeInfoResolvers.Add(GrainsContractsJsonContext.Default),
                cancellationToken: cancellationToken).ConfigureAwait(false);
            var result = await client.GetGrain<ITenantGrain>(config.TenantId).ApplyAsync(config).ConfigureAwait(false);
            return await ReportAsync(config.TenantId, result, file, output).ConfigureAwait(false);
        }
        catch (Exception e) when (e is RedisException or IOException or HttpRequestException or TimeoutException
                                   or Voice.Runtime.Http.RemoteGrainRoutingException
                                   or Voice.Runtime.Redis.Adapters.SlotUnavailableException)
        {
            await error.WriteLineAsync($"voicectl: cannot apply through Redis {redis}: {e.Message}").ConfigureAwait(false);
            return Failed;
        }
    }

    private static async Task<int> ReportAsync(string tenantId, ApplyConfigResult result, string file, TextWriter output)
    {
        if (result.Applied)
        {
            await output.WriteLineAsync($"applied tenant {tenantId} version {result.Version}").ConfigureAwait(false);
            return Ok;
        }

        await output.WriteLineAsync($"tenant {tenantId} rejected (version {result.Version} stays in force):").ConfigureAwait(false);
        await WriteErrorsAsync(output, file, result.Errors.Select(e => (0, 0, e.Path, $"{e.Message} ({e.Code})"))).ConfigureAwait(false);
        return Invalid;
    }
}
