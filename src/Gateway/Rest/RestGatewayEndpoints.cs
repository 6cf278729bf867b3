using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Voice.Gateway.Rest.Auth;
using Voice.Gateway.Rest.Events;
using Voice.Gateway.Rest.Problems;
using Voice.Gateway.Rest.Tenants;

namespace Voice.Gateway.Rest;

/// <summary>
/// Maps the REST gateway (docs/rest.md): <c>/api/v1</c> (token issue; everything below <c>/tenants/{tenant}</c> needs a
/// bearer token of that tenant) and the OpenAPI document at <c>/openapi/v1.json</c>. Adds the WebSocket middleware.
/// </summary>
public static class RestGatewayEndpoints
{
    public const string Prefix = "/api/v1";

    public static WebApplication MapRestGateway(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseWebSockets();
        app.MapOpenApi();

        var api = app.MapGroup(Prefix).AddEndpointFilter<RestExceptionFilter>();
        api.MapAuthApi();

        var tenant = api.MapGroup("/tenants/{tenant}")
            .AddEndpointFilter<BearerTokenFilter>()
            .AddEndpointFilter<TenantScopeFilter>()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
        tenant.MapTenantApi();
        tenant.MapAgentConfigApi();
        tenant.MapDnApi();
        tenant.MapQueueApi();
        tenant.MapRoutePointApi();
        tenant.MapEventsApi();
        tenant.MapWebSocketApi();

        // Anything else under /api/v1 is a problem too, not an empty 404.
        api.Map("/{**rest}", (HttpContext http) => RestProblems.Create(StatusCodes.Status404NotFound, "no-such-endpoint", "No such endpoint",
            $"{http.Request.Method} {http.Request.Path} is not part of this API (see /openapi/v1.json)"))
            .ExcludeFromDescription();
        return app;
    }
}
