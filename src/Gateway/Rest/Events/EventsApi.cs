using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Voice.Gateway.Rest.Auth;
using Voice.Gateway.Rest.Problems;
using Voice.Gateway.Rest.Tenants;
using Voice.Runtime.Events;

namespace Voice.Gateway.Rest.Events;

/// <summary>
/// <c>GET /api/v1/tenants/{tenant}/events?topic=T[&amp;from=N][&amp;agent=ID]</c>: the tenant's entries of topic T as
/// Server-Sent Events, filtered to what the token may see (<see cref="EventAudiences"/>). Start: <c>Last-Event-ID</c>
/// (resume after it) wins over <c>from</c> (first position to send); without either, only new events.
/// </summary>
internal static class EventsApi
{
    private static readonly string TopicList = string.Join(", ", EventTopics.All);

    public static void MapEventsApi(this RouteGroupBuilder tenant)
    {
        tenant.MapGet("/events", StreamAsync)
            .WithName("StreamEvents").WithTags("events")
            .Produces(StatusCodes.Status200OK, contentType: "text/event-stream")
            .ProducesProblem(StatusCodes.Status400BadRequest);
    }

    private static async Task<IResult> StreamAsync(
        string? topic,
        string? from,
        string? agent,
        [FromHeader(Name = "Last-Event-ID")] string? lastEventId,
        HttpContext http,
        IEventLog log,
        TenantConfigEditor editor,
        IOptions<RestGatewayOptions> options,
        IHostApplicationLifetime lifetime)
    {
        if (!EventTopics.IsKnown(topic))
        {
            return string.IsNullOrEmpty(topic)
                ? RestProblems.BadRequest("missing-topic", "Missing event topic", $"give ?topic= one of: {TopicList}")
                : RestProblems.BadRequest("unknown-topic", "Unknown event topic", $"'{topic}' is not an event topic; use one of: {TopicList}");
        }

        long start;
        if (!string.IsNullOrEmpty(lastEventId))
        {
            if (!EventPositions.TryParse(lastEventId, out var last))
            {
                return RestProblems.BadRequest("invalid-position", "Invalid Last-Event-ID", $"Last-Event-ID '{lastEventId}' is not a stream position (a whole number, 0 or more)");
            }

            start = last + 1;
        }
        else if (!string.IsNullOrEmpty(from))
        {
            if (!EventPositions.TryParse(from, out start))
            {
                return RestProblems.BadRequest("invalid-position", "Invalid from position", $"from '{from}' is not a stream position (a whole number, 0 or more; 0 and 1 mean the beginning)");
            }
        }
        else
        {
            start = await log.EndPositionAsync(topic!, http.RequestAborted).ConfigureAwait(false);
        }

        var (audience, problem) = await EventAudiences.ResolveAsync(BearerTokenFilter.Current(http), agent, editor).ConfigureAwait(false);
        return audience is null
            ? problem!
            : new ServerSentEventsResult(log, topic!, start, audience, options.Value.EventKeepAlive, lifetime.ApplicationStopping);
    }
}
