using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Voice.Gateway.Rest.Agents;
using Voice.Gateway.Rest.Auth;
using Voice.Gateway.Rest.Calls;
using Voice.Gateway.Rest.Events;
using Voice.Gateway.Rest.Problems;
using Voice.Gateway.Rest.Queues;
using Voice.Gateway.Rest.Tenants;

namespace Voice.Gateway.Rest;

/// <summary>
/// Maps the REST gateway (docs/rest.md): <c>/api/v1</c> (token issue; everything below <c>/tenants/{tenant}</c> needs a
/// bearer token of that tenant) and the OpenAPI document at <c>/openapi/v1.json</c>. The event WebSocket needs the
/// WebSocket middleware in the pipeline (<see cref="UseRestGateway"/>).
/// </summary>
public static class RestGatewayEndpoints
{
    public const string Prefix = "/api/v1";

    /// <summary>
    /// The middleware the REST gateway relies on: WebSocket upgrades, and problem details for the answers routing gives
    /// without an endpoint (unknown path 404, wrong method 405, wrong content type 415) below <see cref="Prefix"/>.
    /// </summary>
    public static IApplicationBuilder UseRestGateway(this IApplicationBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseWebSockets();
        app.UseWhen(
            context => context.Request.Path.StartsWithSegments(Prefix, StringComparison.Ordinal),
            api => api.UseStatusCodePages(context => RoutingProblems.WriteAsync(context.HttpContext)));
        return app;
    }

    public static IEndpointRouteBuilder MapRestGateway(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
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
        tenant.MapAgentStateApi();
        tenant.MapCallApi();
        tenant.MapCallControlApi();
        tenant.MapCallUserDataApi();
        tenant.MapDnApi();
        tenant.MapQueueApi();
        tenant.MapQueueStatsApi();
        tenant.MapRoutePointApi();
        tenant.MapEventsApi();
        tenant.MapWebSocketApi();

        return app;
    }
}
