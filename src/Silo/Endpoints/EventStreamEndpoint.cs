using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Voice.Runtime.Events;

namespace Voice.Silo.Endpoints;

/// <summary>
/// <c>GET /events?topic=T[&amp;from=N]</c>: the event topic <c>T</c> as Server-Sent Events (<see cref="EventStreamResult"/>),
/// for <c>voicectl events tail</c>, dashboards and scripts. It reads the node's <see cref="IEventLog"/>, so the same
/// endpoint shows the in-memory log of an embedded node and the Redis streams of a cluster (any node shows the whole
/// cluster's events). Where it starts: the <c>Last-Event-ID</c> header (resume after that position) wins over
/// <c>from</c> (first position to send; 0 or 1 = the beginning), and without either only events appended from now on.
/// </summary>
internal static class EventStreamEndpoint
{
    /// <summary>How often an idle stream gets a comment line, so proxies and clients do not time it out.</summary>
    public static readonly TimeSpan DefaultKeepAlive = TimeSpan.FromSeconds(15);

    /// <summary>The reporting topics grains publish on; nothing else in the log is served.</summary>
    public static readonly IReadOnlyList<string> Topics = ["voice-callthread", "voice-agentstate"];

    private static readonly string TopicList = string.Join(", ", Topics);

    public static void Map(IEndpointRouteBuilder endpoints, TimeSpan keepAlive)
    {
        endpoints.MapGet("/events", async (
            string? topic,
            string? from,
            [FromHeader(Name = "Last-Event-ID")] string? lastEventId,
            IEventLog log,
            IHostApplicationLifetime lifetime,
            CancellationToken cancellationToken) =>
        {
            if (string.IsNullOrEmpty(topic))
            {
                return Results.Problem(title: "Missing event topic", detail: $"give ?topic= one of: {TopicList}", statusCode: StatusCodes.Status400BadRequest);
            }

            if (!Topics.Contains(topic, StringComparer.Ordinal))
            {
                return Results.Problem(title: "Unknown event topic", detail: $"'{topic}' is not an event topic; use one of: {TopicList}", statusCode: StatusCodes.Status400BadRequest);
            }

            // An EventSource reconnecting sends the id of the last event it got: resume just after it.
            if (!string.IsNullOrEmpty(lastEventId))
            {
                return TryParsePosition(lastEventId, out var last)
                    ? new EventStreamResult(log, topic, last + 1, keepAlive, lifetime.ApplicationStopping)
                    : Results.Problem(title: "Invalid Last-Event-ID", detail: $"Last-Event-ID '{lastEventId}' is not a stream position (a whole number, 0 or more)", statusCode: StatusCodes.Status400BadRequest);
            }

            if (!string.IsNullOrEmpty(from))
            {
                return TryParsePosition(from, out var first)
                    ? new EventStreamResult(log, topic, first, keepAlive, lifetime.ApplicationStopping)
                    : Results.Problem(title: "Invalid from position", detail: $"from '{from}' is not a stream position (a whole number, 0 or more; 0 and 1 mean the beginning)", statusCode: StatusCodes.Status400BadRequest);
            }

            var end = await log.EndPositionAsync(topic, cancellationToken).ConfigureAwait(false);
            return new EventStreamResult(log, topic, end, keepAlive, lifetime.ApplicationStopping);
        });
    }

    private static bool TryParsePosition(string text, out long position) =>
        long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out position) && position < long.MaxValue;
}
