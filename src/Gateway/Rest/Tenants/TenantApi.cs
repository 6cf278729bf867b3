using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;
using Voice.Gateway.Rest.Auth;
using Voice.Gateway.Rest.Json;
using Voice.Gateway.Rest.Problems;

namespace Voice.Gateway.Rest.Tenants;

/// <summary><c>GET|PUT /api/v1/tenants/{tenant}</c>: the whole configuration document (PUT: admin; GET: admin, supervisor).</summary>
internal static class TenantApi
{
    public static void MapTenantApi(this RouteGroupBuilder tenant)
    {
        tenant.MapGet(string.Empty, GetAsync)
            .WithName("GetTenant").WithTags("tenants")
            .AddEndpointFilter(new RoleFilter(RestRoles.Admin, RestRoles.Supervisor))
            .Produces<TenantDocument>();
        tenant.MapPut(string.Empty, PutAsync)
            .WithName("PutTenant").WithTags("tenants")
            .AddEndpointFilter(new RoleFilter(RestRoles.Admin))
            .Accepts<TenantDocument>("application/json")
            .Produces<TenantDocument>()
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity);
    }

    private static async Task<IResult> GetAsync(string tenant, TenantConfigEditor editor) =>
        await editor.GetAsync(tenant).ConfigureAwait(false) is { } config
            ? Results.Json(TenantDocumentWriter.Write(config), RestJson.Context.TenantDocument)
            : RestProblems.TenantNotFound(tenant);

    private static async Task<IResult> PutAsync(string tenant, HttpContext http, TenantConfigEditor editor, IOptions<RestGatewayOptions> options)
    {
        var (document, problem) = await RequestBodyReader.ReadAsync(http.Request, RestJson.Context.TenantDocument, options.Value.MaxBodyBytes).ConfigureAwait(false);
        if (document is null)
        {
            return problem!;
        }

        return await editor.EditAsync(tenant, BearerTokenFilter.Current(http).Subject, current =>
        {
            var reader = new TenantDocumentReader(current, options.Value.PasswordIterations);
            var config = reader.Read(document, tenant);
            return TenantConfigEditor.Rejected(reader) is { } rejected
                ? TenantEdit.Stop(rejected)
                : TenantEdit.Apply(config, applied => Results.Json(TenantDocumentWriter.Write(applied), RestJson.Context.TenantDocument));
        }).ConfigureAwait(false);
    }
}
