using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Voice.Grains.Contracts;

namespace Voice.Gateway.Sip.Calls;

/// <summary>The node-to-node side of <see cref="SipEdgeClient"/>: runs actions other nodes' call threads send here.</summary>
public static class SipEdgeEndpoints
{
    /// <summary>Maps POST /sip/actions; map it on the internal listener only (it trusts its caller).</summary>
    public static IEndpointConventionBuilder MapSipEdge(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        return endpoints.MapPost("/" + SipEdgeClient.Path, async (HttpContext context, SipLegExecutor executor) =>
        {
            var actions = await context.Request.ReadFromJsonAsync(GrainsContractsJsonContext.Default.ListSipAction, context.RequestAborted).ConfigureAwait(false);
            if (actions is null)
            {
                return Results.Problem(title: "No actions", detail: "The body must be a JSON array of SIP actions.", statusCode: StatusCodes.Status400BadRequest);
            }

            foreach (var action in actions)
            {
                await executor.ExecuteAsync(action).ConfigureAwait(false);
            }

            return Results.NoContent();
        });
    }
}
