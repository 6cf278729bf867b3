using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Voice.Gateway.Rest.Problems;

namespace Voice.Gateway.Rest.Auth;

/// <summary>
/// Requires a valid bearer token (401 otherwise, with a title saying whether it was missing, expired or invalid) and
/// keeps what it says for the endpoint (<see cref="Current"/>). The token comes from <c>Authorization: Bearer</c>, or
/// from <c>?access_token=</c> (RFC 6750 §2.3) because browsers cannot set headers on EventSource and WebSocket.
/// </summary>
internal sealed class BearerTokenFilter : IEndpointFilter
{
    private const string ItemKey = "voice.rest.token";
    private const string QueryParameter = "access_token";

    public static AccessToken Current(HttpContext context) =>
        context.Items[ItemKey] as AccessToken ?? throw new InvalidOperationException("endpoint is not behind BearerTokenFilter");

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var compact = Read(http.Request);
        if (compact is null)
        {
            return Unauthorized(http, "missing-token", "Missing bearer token", "send 'Authorization: Bearer <token>' (POST /api/v1/auth/token issues one)", null);
        }

        var check = http.RequestServices.GetRequiredService<AccessTokenSigner>().Validate(compact);
        switch (check.Status)
        {
            case TokenStatus.Expired:
                return Unauthorized(http, "expired-token", "Expired token", "the token has expired; request a new one", "the token has expired");
            case TokenStatus.Malformed:
            case TokenStatus.BadSignature:
                return Unauthorized(http, "invalid-token", "Invalid token", "the token is malformed or its signature does not verify", "invalid token");
            default:
                http.Items[ItemKey] = check.Token;
                return await next(context).ConfigureAwait(false);
        }
    }

    private static string? Read(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        if (header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            var value = header["Bearer ".Length..].Trim();
            return value.Length > 0 ? value : null;
        }

        var query = request.Query[QueryParameter].ToString();
        return query.Length > 0 ? query : null;
    }

    private static IResult Unauthorized(HttpContext http, string slug, string title, string detail, string? tokenError)
    {
        // RFC 6750 §3: the challenge names the scheme and, for a bad token, why.
        http.Response.Headers.WWWAuthenticate = tokenError is null
            ? "Bearer realm=\"voice\""
            : $"Bearer realm=\"voice\", error=\"invalid_token\", error_description=\"{tokenError}\"";
        return RestProblems.Create(StatusCodes.Status401Unauthorized, slug, title, detail);
    }
}
