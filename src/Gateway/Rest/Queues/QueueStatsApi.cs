using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Voice.Gateway.Rest.Auth;
using Voice.Gateway.Rest.Json;
using Voice.Gateway.Rest.Problems;
using Voice.Gateway.Rest.Tenants;
using Voice.Grains.Contracts.Routing;
using Voice.Grains.Contracts.Tenancy;
using Voice.Runtime;

namespace Voice.Gateway.Rest.Queues;

/// <summary>
/// <c>GET /api/v1/tenants/{tenant}/queues/{id}/stats</c> and <c>GET …/queues/stats</c> (every queue): what a
/// supervisor's wallboard shows, from the queue grains. Supervisors and admins only. (The literal <c>stats</c> wins
/// over <c>{id}</c> in routing, so a queue named "stats" has no item route; its figures are in the list.)
/// </summary>
internal static class QueueStatsApi
{
    public static void MapQueueStatsApi(this RouteGroupBuilder tenant)
    {
        var wallboard = new RoleFilter(RestRoles.Admin, RestRoles.Supervisor);
        tenant.MapGet("/queues/stats", ListAsync)
            .WithName("GetAllQueueStats").WithTags("queues").WithSummary("Statistics of every queue of the tenant")
            .AddEndpointFilter(wallboard)
            .Produces<QueueStatsList>();
        tenant.MapGet("/queues/{id}/stats", GetAsync)
            .WithName("GetQueueStats").WithTags("queues").WithSummary("Calls waiting, oldest wait, calls ringing, agents by state")
            .AddEndpointFilter(wallboard)
            .Produces<QueueStats>();
    }

    private static async Task<IResult> GetAsync(string tenant, string id, TenantConfigEditor editor, IGrainFactory grains)
    {
        var config = await editor.GetAsync(tenant).ConfigureAwait(false);
        if (config is null)
        {
            return RestProblems.TenantNotFound(tenant);
        }

        if (!QueueIds(config).Contains(id, StringComparer.Ordinal))
        {
            return RestProblems.NotFound("Queue", id);
        }

        var stats = await grains.GetGrain<IQueueGrain>(QueueKey.For(tenant, id)).GetStatsAsync().ConfigureAwait(false);
        return Results.Json(stats, RestJson.Context.QueueStats);
    }

    private static async Task<IResult> ListAsync(string tenant, TenantConfigEditor editor, IGrainFactory grains)
    {
        var config = await editor.GetAsync(tenant).ConfigureAwait(false);
        if (config is null)
        {
            return RestProblems.TenantNotFound(tenant);
        }

        var stats = await Task.WhenAll(QueueIds(config).Select(id => grains.GetGrain<IQueueGrain>(QueueKey.For(tenant, id)).GetStatsAsync())).ConfigureAwait(false);
        return Results.Json(new QueueStatsList(stats), RestJson.Context.QueueStatsList);
    }

    private static IEnumerable<string> QueueIds(TenantConfig config) =>
        config.Dns.Where(d => d.Type == DnType.VirtualQueue && d.QueueId is not null).Select(d => d.QueueId!);
}
