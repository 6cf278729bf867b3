using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;
using Voice.Gateway.Rest.Auth;
using Voice.Gateway.Rest.Json;
using Voice.Gateway.Rest.Problems;

namespace Voice.Gateway.Rest.Tenants;

/// <summary><c>GET|PUT|DELETE /api/v1/tenants/{tenant}/dns/{dn}</c>: one directory number of any type.</summary>
internal static class DnApi
{
    public static void MapDnApi(this RouteGroupBuilder tenant) =>
        tenant.MapTenantItem<DnDocument>("/dns/{dn}", "Dn", "dns", GetAsync, PutAsync, DeleteAsync);

    private static async Task<IResult> GetAsync(string tenant, string dn, TenantConfigEditor editor)
    {
        var config = await editor.GetAsync(tenant).ConfigureAwait(false);
        return config?.Dns.FirstOrDefault(d => d.Number == dn) is { } found
            ? Results.Json(TenantDocumentWriter.Write(found), RestJson.Context.DnDocument)
            : RestProblems.NotFound("DN", dn);
    }

    private static async Task<IResult> PutAsync(string tenant, string dn, HttpContext http, TenantConfigEditor editor, IOptions<RestGatewayOptions> options)
    {
        var (document, problem) = await RequestBodyReader.ReadAsync(http.Request, RestJson.Context.DnDocument, options.Value.MaxBodyBytes).ConfigureAwait(false);
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
            var reader = new TenantDocumentReader(current, options.Value.PasswordIterations);
            var item = reader.ReadDn(document with { Number = dn }, $"dns[{index}]", current.SipDomain);
            return TenantConfigEditor.Rejected(reader) is { } rejected
                ? TenantEdit.Stop(rejected)
                : TenantEdit.Apply(
                    current with { Dns = ListEdit.Put(current.Dns, index, item) },
                    _ => Results.Json(TenantDocumentWriter.Write(item), RestJson.Context.DnDocument, statusCode: exists ? StatusCodes.Status200OK : StatusCodes.Status201Created));
        }).ConfigureAwait(false);
    }

    private static Task<IResult> DeleteAsync(string tenant, string dn, HttpContext http, TenantConfigEditor editor) =>
        editor.EditAsync(tenant, BearerTokenFilter.Current(http).Subject, current =>
            current.Dns.Any(d => d.Number == dn)
                ? TenantEdit.Apply(current with { Dns = ListEdit.Remove(current.Dns, d => d.Number == dn) }, _ => Results.NoContent())
                : TenantEdit.Stop(RestProblems.NotFound("DN", dn)));
}
