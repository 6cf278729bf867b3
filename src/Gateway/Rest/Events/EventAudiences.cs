using Microsoft.AspNetCore.Http;
using Voice.Gateway.Rest.Auth;
using Voice.Gateway.Rest.Problems;
using Voice.Gateway.Rest.Tenants;

namespace Voice.Gateway.Rest.Events;

/// <summary>
/// The audience of a stream or subscription: an agent token always gets its own agent (asking for another agent is
/// 403); a supervisor or admin gets the whole tenant, or one agent when it names one.
/// </summary>
internal static class EventAudiences
{
    public static async Task<(EventAudience? Audience, IResult? Problem)> ResolveAsync(AccessToken token, string? agentId, TenantConfigEditor editor)
    {
        if (token.Role == RestRoles.Agent)
        {
            return agentId is null || agentId == token.AgentId
                ? (new EventAudience(token.Tenant, token.AgentId, token.Dn), null)
                : (null, RestProblems.Create(StatusCodes.Status403Forbidden, "forbidden", "Other agent's events", "an agent token sees only its own agent's events"));
        }

        if (agentId is null)
        {
            return (new EventAudience(token.Tenant, null, null), null);
        }

        var config = await editor.GetAsync(token.Tenant).ConfigureAwait(false);
        return config?.Agents.FirstOrDefault(a => a.AgentId == agentId) is { } agent
            ? (new EventAudience(token.Tenant, agent.AgentId, agent.DefaultDn), null)
            : (null, RestProblems.NotFound("Agent", agentId));
    }
}
