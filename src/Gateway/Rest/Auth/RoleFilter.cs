using Microsoft.AspNetCore.Http;
using Voice.Gateway.Rest.Problems;

namespace Voice.Gateway.Rest.Auth;

/// <summary>403 unless the token's role is one of <paramref name="roles"/>. Runs after the tenant check (404 first).</summary>
internal sealed class RoleFilter(params string[] roles) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var token = BearerTokenFilter.Current(context.HttpContext);
        return roles.Contains(token.Role, StringComparer.Ordinal)
            ? await next(context).ConfigureAwait(false)
            : RestProblems.Forbidden(token.Role, string.Join(" or ", roles));
    }
}
