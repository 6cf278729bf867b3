using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Hosting;
using Voice.Gateway.Rest.Auth;
using Voice.Gateway.Rest.Problems;
using Voice.Gateway.Rest.Tenants;
using Voice.Runtime.Events;

namespace Voice.Gateway.Rest.Events;

/// <summary><c>GET /api/v1/tenants/{tenant}/ws</c>: the event WebSocket (<see cref="WebSocketSession"/>, docs/rest.md).</summary>
internal static class WebSocketApi
{
    public static void MapWebSocketApi(this RouteGroupBuilder tenant)
    {
        tenant.MapGet("/ws", ConnectAsync)
            .WithName("EventWebSocket").WithTags("events")
            .Produces(StatusCodes.Status101SwitchingProtocols)
            .ProducesProblem(StatusCodes.Status400BadRequest);
    }

    private static async Task<IResult> ConnectAsync(HttpContext http, IEventLog log, TenantConfigEditor editor, IHostApplicationLifetime lifetime)
    {
        if (!http.WebSockets.IsWebSocketRequest)
        {
            return RestProblems.BadRequest("websocket-required", "WebSocket upgrade required", "connect with a WebSocket client (Upgrade: websocket)");
        }

        using var socket = await http.WebSockets.AcceptWebSocketAsync().ConfigureAwait(false);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted, lifetime.ApplicationStopping);
        using var session = new WebSocketSession(socket, BearerTokenFilter.Current(http), log, editor);
        await session.RunAsync(stop.Token).ConfigureAwait(false);
        return Results.Empty;
    }
}
