using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Voice.Gateway.Rest.Json;
using Voice.Gateway.Rest.Problems;

namespace Voice.Gateway.Rest.Auth;

/// <summary><c>POST /api/v1/auth/token</c>: a bearer token for one tenant and one role, against the tenant's hashes.</summary>
internal static class AuthApi
{
    public static void MapAuthApi(this IEndpointRouteBuilder api)
    {
        api.MapPost("/auth/token", IssueAsync)
            .WithName("IssueToken")
            .WithTags("auth")
            .Accepts<TokenRequest>("application/json")
            .Produces<TokenResponse>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
    }

    private static async Task<IResult> IssueAsync(
        HttpContext http,
        CredentialChecker checker,
        LoginThrottle throttle,
        AccessTokenSigner signer,
        IOptions<RestGatewayOptions> options,
        ILogger<TokenRequest> logger)
    {
        var (request, problem) = await RequestBodyReader.ReadAsync(http.Request, RestJson.Context.TokenRequest, 16 * 1024).ConfigureAwait(false);
        if (request is null)
        {
            return problem!;
        }

        var empty = new[] { ("tenant", request.Tenant), ("username", request.Username), ("password", request.Password) }
            .Where(field => field.Item2.Length == 0)
            .Select(field => new ValidationErrorItem("$." + field.Item1, "Required", $"'{field.Item1}' may not be empty"))
            .ToList();
        if (empty.Count > 0)
        {
            return RestProblems.BadRequest("missing-field", "Missing field", $"required field(s) empty: {string.Join(", ", empty.Select(e => e.Path))}", empty);
        }

        var client = http.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        if (throttle.RetryAfter(request.Tenant, request.Username, client) is { } wait)
        {
            var seconds = (long)Math.Ceiling(wait.TotalSeconds);
            http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
            Log.LoginThrottled(logger, request.Tenant, request.Username, client);
            return RestProblems.Create(StatusCodes.Status429TooManyRequests, "too-many-login-failures", "Too many failed logins",
                $"too many failed logins for this user or client; try again in {seconds} s");
        }

        var identity = await checker.CheckAsync(request).ConfigureAwait(false);
        if (identity is null)
        {
            throttle.RecordFailure(request.Tenant, request.Username, client);
            Log.LoginFailed(logger, request.Tenant, request.Username, client);
            return RestProblems.Create(StatusCodes.Status401Unauthorized, "invalid-credentials", "Invalid credentials",
                "the tenant, username or password is wrong");
        }

        throttle.RecordSuccess(request.Tenant, request.Username);
        var now = signer.Now;
        var lifetime = (long)options.Value.TokenLifetime.TotalSeconds;
        var token = identity with { IssuedAt = now, ExpiresAt = now + lifetime };
        Log.LoginSucceeded(logger, token.Tenant, token.Subject, token.Role);
        return Results.Json(
            new TokenResponse(signer.Issue(token), "Bearer", lifetime, token.Tenant, token.Role, token.AgentId),
            RestJson.Context.TokenResponse);
    }
}
