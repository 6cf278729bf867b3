using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.ServerSentEvents;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Voice.Runtime.Events;

namespace Voice.Cli.Events;

internal static partial class EventsTailCommand
{
    private static readonly TimeSpan ConnectTimeout = TimeSpan.FromSeconds(10);

    /// <summary>
    /// Node: GET <c>{node}/events?topic=T[&amp;from=N]</c> and read its Server-Sent Events; each event's data is
    /// <c>{key, seq, position, event}</c>. A 400 (unknown topic) carries problem details whose detail is printed.
    /// </summary>
    private static async Task<int> TailNodeAsync(EventsTailRequest request, string node, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        if (!Uri.TryCreate(node, UriKind.Absolute, out var baseAddress) || baseAddress.Scheme is not ("http" or "https"))
        {
            await error.WriteLineAsync($"voicectl: --node: '{node}' is not an http:// or https:// URL").ConfigureAwait(false);
            return Invalid;
        }

        var query = "/events?topic=" + Uri.EscapeDataString(request.Topic)
            + (request.From is { } from ? "&from=" + from.ToString(CultureInfo.InvariantCulture) : "");
        var target = new Uri(baseAddress, query);
        try
        {
            // No overall timeout: the stream is meant to stay open; only connecting is bounded.
            using var http = new HttpClient(new SocketsHttpHandler { ConnectTimeout = ConnectTimeout }) { Timeout = Timeout.InfiniteTimeSpan };
            using var message = new HttpRequestMessage(HttpMethod.Get, target);
            message.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));
            using var response = await http.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
            if (response.StatusCode != HttpStatusCode.OK || response.Content.Headers.ContentType?.MediaType != "text/event-stream")
            {
                return await ReportRefusalAsync(response, target, error, cancellationToken).ConfigureAwait(false);
            }

            await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
            if (await PrintAsync(ReadEventsAsync(stream, request.Topic, cancellationToken), request, output, cancellationToken).ConfigureAwait(false))
            {
                return Ok;
            }

            await error.WriteLineAsync($"voicectl: {target} closed the event stream (the node stopped?)").ConfigureAwait(false);
            return Failed;
        }
        catch (Exception e) when (e is HttpRequestException or IOException or JsonException or KeyNotFoundException or InvalidOperationException)
        {
            if (cancellationToken.IsCancellationRequested)
            {
                // Ctrl-C can surface as a broken read rather than a cancellation: the reader still asked to stop.
                return Ok;
            }

            await error.WriteLineAsync($"voicectl: cannot read events from {target}: {e.Message}").ConfigureAwait(false);
            return Failed;
        }
    }

    private static async IAsyncEnumerable<EventLogEntry> ReadEventsAsync(Stream stream, string topic, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var item in SseParser.Create(stream).EnumerateAsync(cancellationToken).ConfigureAwait(false))
        {
            // Only the topic's own events; any other kind a newer node may add is not ours to print.
            if (!string.Equals(item.EventType, topic, StringComparison.Ordinal))
            {
                continue;
            }

            using var data = JsonDocument.Parse(item.Data);
            var root = data.RootElement;
            yield return new EventLogEntry(
                topic,
                root.GetProperty("key").GetString() ?? "",
                root.GetProperty("event").GetRawText(),
                root.GetProperty("seq").GetInt64(),
                root.GetProperty("position").GetInt64());
        }
    }

    private static async Task<int> ReportRefusalAsync(HttpResponseMessage response, Uri target, TextWriter error, CancellationToken cancellationToken)
    {
        var body = (await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false)).Trim();
        if (response.StatusCode == HttpStatusCode.BadRequest && ProblemText(body) is { } problem)
        {
            await error.WriteLineAsync($"voicectl: the node refused {target}: {problem}").ConfigureAwait(false);
            return Invalid;
        }

        var what = response.StatusCode == HttpStatusCode.OK ? $"{response.Content.Headers.ContentType}, not text/event-stream" : $"{(int)response.StatusCode} {response.StatusCode}";
        await error.WriteLineAsync($"voicectl: {target} answered {what}: {body}").ConfigureAwait(false);
        return Failed;
    }

    /// <summary>"title: detail" of an RFC 9457 problem details body; null when the body is not one.</summary>
    private static string? ProblemText(string body)
    {
        try
        {
            using var problem = JsonDocument.Parse(body);
            var root = problem.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("title", out var title))
            {
                return null;
            }

            return root.TryGetProperty("detail", out var detail) ? $"{title.GetString()}: {detail.GetString()}" : title.GetString();
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
