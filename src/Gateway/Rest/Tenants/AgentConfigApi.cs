using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;
using Voice.Gateway.Rest.Agents;
using Voice.Gateway.Rest.Auth;
using Voice.Gateway.Rest.Json;
using Voice.Gateway.Rest.Problems;
using Voice.Grains.Contracts.Agents;
using Voice.Runtime;

namespace Voice.Gateway.Rest.Tenants;

/// <summary>
/// <c>GET|PUT|DELETE /api/v1/tenants/{tenant}/agents/{id}</c>: one agent's configuration; GET adds its live state
/// (<c>state</c>) and is open to the agent itself as well as to admins and supervisors.
/// </summary>
internal static class AgentConfigApi
{
    public static void MapAgentConfigApi(this RouteGroupBuilder tenant) =>
        tenant.MapTenantItem<AgentDocument>("/agents/{id}", "AgentConfig", "agents", GetAsync, PutAsync, DeleteAsync, new AgentScopeFilter("id"));

    private static async Task<IResult> GetAsync(string tenant, string id, TenantConfigEditor editor, IGrainFactory grains)
    {
        var config = await editor.GetAsync(tenant).ConfigureAwait(false);
        if (config?.Agents.FirstOrDefault(a => a.AgentId == id) is not { } agent)
        {
            return RestProblems.NotFound("Agent", id);
        }

        var state = await grains.GetGrain<IAgentGrain>(AgentKey.For(tenant, id)).GetAsync().ConfigureAwait(false);
        return Results.Json(TenantDocumentWriter.Write(agent) with { State = AgentStates.Write(state) }, RestJson.Context.AgentDocument);
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
