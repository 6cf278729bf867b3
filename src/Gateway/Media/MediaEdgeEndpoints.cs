using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Voice.Grains.Contracts;
using Voice.Grains.Contracts.Media;

namespace Voice.Gateway.Media;

/// <summary>The node-to-node side of <see cref="MediaEdgeClient"/>: runs mixer operations for rooms held here.</summary>
public static class MediaEdgeEndpoints
{
    /// <summary>Maps POST /media/join|leave|close; map them on the internal listener only (they trust their caller).</summary>
    public static RouteGroupBuilder MapMediaEdge(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var group = endpoints.MapGroup("/");
        group.MapPost(MediaEdgeClient.JoinPath, async (HttpContext context, IConferenceMixer mixer) =>
            await ReadAsync(context) is { ParticipantId: { } participant, Offer: { } offer } request
                ? Results.Json(await mixer.JoinAsync(mixer.LocalNodeId, request.RoomId, participant, offer).ConfigureAwait(false), GrainsContractsJsonContext.Default.MixerJoinResult)
                : BadRequest());
        group.MapPost(MediaEdgeClient.LeavePath, async (HttpContext context, IConferenceMixer mixer) =>
        {
            if (await ReadAsync(context) is not { ParticipantId: { } participant } request)
            {
                return BadRequest();
            }

            await mixer.LeaveAsync(mixer.LocalNodeId, request.RoomId, participant).ConfigureAwait(false);
            return Results.NoContent();
        });
        group.MapPost(MediaEdgeClient.ClosePath, async (HttpContext context, IConferenceMixer mixer) =>
        {
            if (await ReadAsync(context) is not { } request)
            {
                return BadRequest();
            }

            await mixer.CloseRoomAsync(mixer.LocalNodeId, request.RoomId).ConfigureAwait(false);
            return Results.NoContent();
        });
        return group;
    }

    private static ValueTask<MixerRequest?> ReadAsync(HttpContext context) =>
        context.Request.ReadFromJsonAsync(GrainsContractsJsonContext.Default.MixerRequest, context.RequestAborted);

    private static IResult BadRequest() =>
        Results.Problem(title: "Bad mixer request", detail: "The body must be a mixer request with a room (and a participant and offer to join).", statusCode: StatusCodes.Status400BadRequest);
}
