using System.Collections.Concurrent;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Voice.Gateway.Rest.Problems;
using Voice.Grains.Contracts.Tenancy;
using Voice.Runtime;

namespace Voice.Gateway.Rest.Tenants;

/// <summary>
/// Read-modify-apply of a tenant's configuration: every change, even of one agent, is validated by the tenant grain as
/// part of the whole configuration (so an agent's default DN must exist, a route point's target must be a queue…).
/// Edits of one tenant are serialised on this node so two requests do not overwrite each other's change; across nodes
/// the last apply wins (the tenant grain has no compare-and-set on the version yet).
/// </summary>
internal sealed class TenantConfigEditor(IGrainFactory grains, ILogger<TenantConfigEditor> logger)
{
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _locks = new(StringComparer.Ordinal);

    public Task<TenantConfig?> GetAsync(string tenant) => grains.GetGrain<ITenantGrain>(tenant).GetConfigAsync();

    public async Task<IResult> EditAsync(string tenant, string user, Func<TenantConfig, TenantEdit> edit)
    {
        var gate = _locks.GetOrAdd(tenant, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync().ConfigureAwait(false);
        try
        {
            var grain = grains.GetGrain<ITenantGrain>(tenant);
            if (await grain.GetConfigAsync().ConfigureAwait(false) is not { } current)
            {
                return RestProblems.TenantNotFound(tenant);
            }

            var decision = edit(current);
            if (decision.Answer is not null)
            {
                return decision.Answer;
            }

            var result = await grain.ApplyAsync(decision.Config!).ConfigureAwait(false);
            if (!result.Applied)
            {
                var errors = result.Errors.Select(e => new ValidationErrorItem(e.Path, e.Code.ToString(), e.Message)).ToList();
                return RestProblems.Invalid($"the configuration would be invalid ({errors.Count} error(s)); nothing was changed", errors);
            }

            Log.TenantChanged(logger, tenant, user, result.Version);
            return decision.OnApplied!(decision.Config! with { Version = result.Version });
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>Reader errors answer 422 before anything is applied.</summary>
    public static IResult? Rejected(TenantDocumentReader reader) =>
        reader.Errors.Count == 0 ? null : RestProblems.Invalid($"the request has {reader.Errors.Count} invalid value(s); nothing was changed", reader.Errors);
}
