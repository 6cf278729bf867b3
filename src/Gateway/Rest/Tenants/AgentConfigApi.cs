using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;
using Voice.Gateway.Rest.Auth;
using Voice.Gateway.Rest.Json;
using Voice.Gateway.Rest.Problems;

namespace Voice.Gateway.Rest.Tenants;

/// <summary><c>GET|PUT|DELETE /api/v1/tenants/{tenant}/agents/{id}</c>: one agent's configuration.</summary>
internal static class AgentConfigApi
{
    public static void MapAgentConfigApi(this RouteGroupBuilder tenant) =>
        tenant.MapTenantItem<AgentDocument>("/agents/{id}", "AgentConfig", "agents", GetAsync, PutAsync, DeleteAsync);

    private static async Task<IResult> GetAsync(string tenant, string id, TenantConfigEditor editor)
    {
        var config = await editor.GetAsync(tenant).ConfigureAwait(false);
        return config?.Agents.FirstOrDefault(a => a.AgentId == id) is { } agent
            ? Results.Json(TenantDocumentWriter.Write(agent), RestJson.Context.AgentDocument)
            : RestProblems.NotFound("Agent", id);
    }

    private static async Task<IResult> PutAsync(string tenant, string id, HttpContext http, TenantConfigEditor editor, IOptions<RestGatewayOptions> options)
    {
        var (document, problem) = await RequestBodyReader.ReadAsync(http.Request, RestJson.Context.AgentDocument, options.Value.MaxBodyBytes).ConfigureAwait(false);
        if (document is null)
        {
            return problem!;
        }

        if (document.AgentId is not null && document.AgentId != id)
        {
            return ItemProblems.IdMismatch("agentId", document.AgentId, id);
        }

        return await editor.EditAsync(tenant, BearerTokenFilter.Current(http).Subject, current =>
        {
            var (index, exists) = ListEdit.Find(current.Agents, a => a.AgentId == id);
            var reader = new TenantDocumentReader(current, options.Value.PasswordIterations);
            var agent = reader.ReadAgent(document with { AgentId = id }, $"agents[{index}]");
            return TenantConfigEditor.Rejected(reader) is { } rejected
                ? TenantEdit.Stop(rejected)
                : TenantEdit.Apply(
                    current with { Agents = ListEdit.Put(current.Agents, index, agent) },
                    _ => Results.Json(TenantDocumentWriter.Write(agent), RestJson.Context.AgentDocument, statusCode: exists ? StatusCodes.Status200OK : StatusCodes.Status201Created));
        }).ConfigureAwait(false);
    }

    private static Task<IResult> DeleteAsync(string tenant, string id, HttpContext http, TenantConfigEditor editor) =>
        editor.EditAsync(tenant, BearerTokenFilter.Current(http).Subject, current =>
            current.Agents.Any(a => a.AgentId == id)
                ? TenantEdit.Apply(current with { Agents = ListEdit.Remove(current.Agents, a => a.AgentId == id) }, _ => Results.NoContent())
                : TenantEdit.Stop(RestProblems.NotFound("Agent", id)));
}
