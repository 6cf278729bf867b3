using Microsoft.AspNetCore.Http;
using Voice.Gateway.Rest.Problems;

namespace Voice.Gateway.Rest.Auth;

/// <summary>
/// A token acts on its own tenant only: any other <c>{tenant}</c> in the path answers 404 exactly like a tenant that
/// does not exist, so a token cannot probe which tenants exist.
/// </summary>
internal sealed class TenantScopeFilter : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var tenant = context.HttpContext.Request.RouteValues["tenant"] as string ?? string.Empty;
        var token = BearerTokenFilter.Current(context.HttpContext);
        return string.Equals(token.Tenant, tenant, StringComparison.Ordinal)
            ? await next(context).ConfigureAwait(false)
            : RestProblems.TenantNotFound(tenant);
    }
}
