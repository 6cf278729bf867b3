using Microsoft.AspNetCore.Http;
using Voice.Gateway.Rest.Problems;

namespace Voice.Gateway.Rest.Auth;

/// <summary>
/// An agent token acts on its own agent only: another agent of its tenant (the route value
/// <paramref name="routeValue"/>) is 403. Supervisors and administrators act on any agent of their tenant.
/// </summary>
internal sealed class AgentScopeFilter(string routeValue) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var token = BearerTokenFilter.Current(context.HttpContext);
        var agentId = context.HttpContext.Request.RouteValues[routeValue] as string;
        return token.Role != RestRoles.Agent || string.Equals(agentId, token.AgentId, StringComparison.Ordinal)
            ? await next(context).ConfigureAwait(false)
            : RestProblems.Create(StatusCodes.Status403Forbidden, "forbidden", "Other agent", "an agent token acts on its own agent only");
    }
}
