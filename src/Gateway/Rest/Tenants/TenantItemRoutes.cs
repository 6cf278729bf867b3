using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Voice.Gateway.Rest.Auth;

namespace Voice.Gateway.Rest.Tenants;

/// <summary>
/// The routes every item of a tenant's configuration has (agents, DNs, queues, route points): GET for admins and
/// supervisors, PUT (200 replaced / 201 created) and DELETE (204) for admins, named and tagged for the OpenAPI document.
/// </summary>
internal static class TenantItemRoutes
{
    /// <param name="tenant">The <c>/api/v1/tenants/{tenant}</c> group.</param>
    /// <param name="pattern">The item's route below it, e.g. <c>/dns/{dn}</c>.</param>
    /// <param name="name">The operation name suffix, e.g. <c>Dn</c> gives GetDn, PutDn, DeleteDn.</param>
    /// <param name="tag">The OpenAPI tag.</param>
    /// <param name="readAccess">Who may GET; admins and supervisors when null.</param>
    public static void MapTenantItem<TDocument>(
        this RouteGroupBuilder tenant, string pattern, string name, string tag, Delegate get, Delegate put, Delegate delete, IEndpointFilter? readAccess = null)
        where TDocument : notnull
    {
        tenant.MapGet(pattern, get)
            .WithName("Get" + name).WithTags(tag)
            .AddEndpointFilter(readAccess ?? new RoleFilter(RestRoles.Admin, RestRoles.Supervisor))
            .Produces<TDocument>();
        tenant.MapPut(pattern, put)
            .WithName("Put" + name).WithTags(tag)
            .AddEndpointFilter(new RoleFilter(RestRoles.Admin))
            .Accepts<TDocument>("application/json")
            .Produces<TDocument>()
            .Produces<TDocument>(StatusCodes.Status201Created);
        tenant.MapDelete(pattern, delete)
            .WithName("Delete" + name).WithTags(tag)
            .AddEndpointFilter(new RoleFilter(RestRoles.Admin))
            .Produces(StatusCodes.Status204NoContent);
    }
}
