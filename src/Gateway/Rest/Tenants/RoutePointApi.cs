using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;
using Voice.Gateway.Rest.Auth;
using Voice.Gateway.Rest.Json;
using Voice.Gateway.Rest.Problems;
using Voice.Grains.Contracts.Tenancy;

namespace Voice.Gateway.Rest.Tenants;

/// <summary><c>GET|PUT|DELETE /api/v1/tenants/{tenant}/route-points/{dn}</c>: a route point DN and its default target.</summary>
internal static class RoutePointApi
{
    public static void MapRoutePointApi(this RouteGroupBuilder tenant) =>
        tenant.MapTenantItem<RoutePointDocument>("/route-points/{dn}", "RoutePoint", "route-points", GetAsync, PutAsync, DeleteAsync);

    private static bool IsRoutePoint(DnConfig dn, string number) => dn.Type == DnType.RoutePoint && dn.Number == number;

    private static async Task<IResult> GetAsync(string tenant, string dn, TenantConfigEditor editor)
    {
        var config = await editor.GetAsync(tenant).ConfigureAwait(false);
        return config?.Dns.FirstOrDefault(d => IsRoutePoint(d, dn)) is { } found
            ? Results.Json(new RoutePointDocument(found.DefaultTarget ?? string.Empty, dn, found.Strategy), RestJson.Context.RoutePointDocument)
            : RestProblems.NotFound("Route point", dn);
    }

    private static async Task<IResult> PutAsync(string tenant, string dn, HttpContext http, TenantConfigEditor editor, IOptions<RestGatewayOptions> options)
    {
        var (document, problem) = await RequestBodyReader.ReadAsync(http.Request, RestJson.Context.RoutePointDocument, options.Value.MaxBodyBytes).ConfigureAwait(false);
        if (document is null)
        {
            return problem!;
        }

        if (document.Number is not null && document.Number != dn)
        {
            return ItemProblems.IdMismatch("number", document.Number, dn);
        }

        return await editor.EditAsync(tenant, BearerTokenFilter.Current(http).Subject, current =>
        {
            var (index, exists) = ListEdit.Find(current.Dns, d => d.Number == dn);
            if (exists && current.Dns[index].Type != DnType.RoutePoint)
            {
                return TenantEdit.Stop(ItemProblems.DnInUse("number", dn, DnTypes.Name(current.Dns[index].Type)));
            }

            var routePoint = new DnConfig(dn, DnType.RoutePoint, DefaultTarget: document.DefaultTarget, Strategy: document.Strategy);
            return TenantEdit.Apply(
                current with { Dns = ListEdit.Put(current.Dns, index, routePoint) },
                _ => Results.Json(new RoutePointDocument(document.DefaultTarget, dn, document.Strategy), RestJson.Context.RoutePointDocument, statusCode: exists ? StatusCodes.Status200OK : StatusCodes.Status201Created));
        }).ConfigureAwait(false);
    }

    private static Task<IResult> DeleteAsync(string tenant, string dn, HttpContext http, TenantConfigEditor editor) =>
        editor.EditAsync(tenant, BearerTokenFilter.Current(http).Subject, current =>
            current.Dns.Any(d => IsRoutePoint(d, dn))
                ? TenantEdit.Apply(current with { Dns = ListEdit.Remove(current.Dns, d => d.Number == dn) }, _ => Results.NoContent())
                : TenantEdit.Stop(RestProblems.NotFound("Route point", dn)));
}
