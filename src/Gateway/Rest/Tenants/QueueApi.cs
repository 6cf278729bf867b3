using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;
using Voice.Gateway.Rest.Auth;
using Voice.Gateway.Rest.Json;
using Voice.Gateway.Rest.Problems;
using Voice.Grains.Contracts.Tenancy;

namespace Voice.Gateway.Rest.Tenants;

/// <summary>
/// <c>GET|PUT|DELETE /api/v1/tenants/{tenant}/queues/{id}</c>. The configuration has no queue records of its own yet:
/// a queue is the virtual-queue DN that carries its id, so PUT sets that DN and DELETE removes it (the tenant grain
/// then refuses the change if a route point still targets the queue).
/// </summary>
internal static class QueueApi
{
    public static void MapQueueApi(this RouteGroupBuilder tenant) =>
        tenant.MapTenantItem<QueueDocument>("/queues/{id}", "Queue", "queues", GetAsync, PutAsync, DeleteAsync);

    private static bool IsQueue(DnConfig dn, string id) => dn.Type == DnType.VirtualQueue && dn.QueueId == id;

    private static QueueDocument Write(DnConfig dn) => new(dn.Number, dn.QueueId, dn.Selection, dn.RingTimeoutSec, dn.NotReadyOnNoAnswer);

    private static async Task<IResult> GetAsync(string tenant, string id, TenantConfigEditor editor)
    {
        var config = await editor.GetAsync(tenant).ConfigureAwait(false);
        return config?.Dns.FirstOrDefault(d => IsQueue(d, id)) is { } dn
            ? Results.Json(Write(dn), RestJson.Context.QueueDocument)
            : RestProblems.NotFound("Queue", id);
    }

    private static async Task<IResult> PutAsync(string tenant, string id, HttpContext http, TenantConfigEditor editor, IOptions<RestGatewayOptions> options)
    {
        var (document, problem) = await RequestBodyReader.ReadAsync(http.Request, RestJson.Context.QueueDocument, options.Value.MaxBodyBytes).ConfigureAwait(false);
        if (document is null)
        {
            return problem!;
        }

        if (document.QueueId is not null && document.QueueId != id)
        {
            return ItemProblems.IdMismatch("queueId", document.QueueId, id);
        }

        return await editor.EditAsync(tenant, BearerTokenFilter.Current(http).Subject, current =>
        {
            var existed = current.Dns.Any(d => IsQueue(d, id));
            var (index, taken) = ListEdit.Find(current.Dns, d => d.Number == document.Dn);
            if (taken && current.Dns[index].Type != DnType.VirtualQueue)
            {
                return TenantEdit.Stop(ItemProblems.DnInUse("dn", document.Dn, DnTypes.Name(current.Dns[index].Type)));
            }

            // The queue moves to the DN given: its old DN (if another) goes, the given one is set.
            var others = ListEdit.Remove(current.Dns, d => IsQueue(d, id) && d.Number != document.Dn);
            var (at, _) = ListEdit.Find(others, d => d.Number == document.Dn);
            var queue = new DnConfig(document.Dn, DnType.VirtualQueue, QueueId: id, Selection: document.Selection, RingTimeoutSec: document.RingTimeoutSec, NotReadyOnNoAnswer: document.NotReadyOnNoAnswer);
            var dns = ListEdit.Put(others, at, queue);
            return TenantEdit.Apply(
                current with { Dns = dns },
                _ => Results.Json(Write(queue), RestJson.Context.QueueDocument, statusCode: existed ? StatusCodes.Status200OK : StatusCodes.Status201Created));
        }).ConfigureAwait(false);
    }

    private static Task<IResult> DeleteAsync(string tenant, string id, HttpContext http, TenantConfigEditor editor) =>
        editor.EditAsync(tenant, BearerTokenFilter.Current(http).Subject, current =>
            current.Dns.Any(d => IsQueue(d, id))
                ? TenantEdit.Apply(current with { Dns = ListEdit.Remove(current.Dns, d => IsQueue(d, id)) }, _ => Results.NoContent())
                : TenantEdit.Stop(RestProblems.NotFound("Queue", id)));
}
