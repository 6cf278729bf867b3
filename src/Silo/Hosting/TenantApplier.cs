using Voice.Grains.Contracts.Tenancy;
using Voice.Runtime;

namespace Voice.Silo.Hosting;

/// <summary>
/// Applies a tenant configuration through <see cref="ITenantGrain.ApplyAsync"/>, used at startup and by the admin
/// endpoint. In cluster mode a node that has just joined may find the tenant's slot briefly without an owner or
/// its owner still starting; such failures are retried until <c>retryFor</c> runs out. A rejection (validation or
/// a domain/address claimed by another tenant) is a result, not a failure, and is returned at once.
/// </summary>
public sealed class TenantApplier(IGrainFactory grains, SiloReadiness readiness, TimeProvider timeProvider, ILogger<TenantApplier> logger)
{
    private static readonly TimeSpan RetryPause = TimeSpan.FromMilliseconds(250);

    public async Task<ApplyConfigResult> ApplyAsync(TenantConfig config, TimeSpan retryFor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(config);
        var deadline = timeProvider.GetTimestamp() + (long)(retryFor.TotalSeconds * timeProvider.TimestampFrequency);
        while (true)
        {
            try
            {
                var result = await grains.GetGrain<ITenantGrain>(config.TenantId).ApplyAsync(config).ConfigureAwait(false);
                if (result.Applied)
                {
                    readiness.MarkTenantApplied();
                    Log.TenantApplied(logger, config.TenantId, result.Version);
                }

                return result;
            }
            catch (Exception e) when (e is not OperationCanceledException && timeProvider.GetTimestamp() < deadline)
            {
                // Broad on purpose, and bounded: routing, remoting and fencing failures while the cluster settles
                // come in several types (local and remote); the last one is rethrown once the time is up.
                Log.TenantApplyRetry(logger, config.TenantId, e.Message);
                await Task.Delay(RetryPause, timeProvider, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>The tenant's configuration in force, or null.</summary>
    public Task<TenantConfig?> GetAsync(string tenantId) => grains.GetGrain<ITenantGrain>(tenantId).GetConfigAsync();
}
