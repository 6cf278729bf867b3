using System.Text;
using System.Text.Json;
using System.Threading.Channels;

namespace Voice.Gateway.Tests.Desktop;

/// <summary>
/// A desktop's Server-Sent Events stream (<c>GET …/events?topic=T&amp;from=1</c>) read in the background: every event
/// is kept in <see cref="Seen"/> in arrival order, and a test waits for the one it expects next with a time limit.
/// </summary>
public sealed class DesktopEventStream : IAsyncDisposable
{
    /// <summary>Generous: a 2-core machine running SIPp processes and the node may be slow to turn a request into an event.</summary>
    private static readonly TimeSpan WaitLimit = TimeSpan.FromSeconds(30);

    private readonly HttpClient _client;
    private readonly HttpResponseMessage _response;
    private readonly Channel<JsonElement> _arrived = Channel.CreateUnbounded<JsonElement>();
    private readonly List<JsonElement> _seen = [];
    private readonly Task _reading;

    private DesktopEventStream(HttpClient client, HttpResponseMessage response, Stream body)
    {
        _client = client;
        _response = response;
        _reading = Task.Run(() => ReadAsync(body));
    }

    /// <summary>The events' payloads (the stored TLib-style event) handed out so far, in order.</summary>
    public IReadOnlyList<JsonElement> Seen => _seen;

    /// <summary>Opens <paramref name="topic"/> from the beginning of the node's log, as <paramref name="token"/> may see it.</summary>
    public static async Task<DesktopEventStream> OpenAsync(DesktopNode node, string token, string topic)
    {
        var client = node.Client(token, Timeout.InfiniteTimeSpan);
        var response = await client.GetAsync(
            $"/api/v1/tenants/{DesktopNode.Tenant}/events?topic={topic}&from=1", HttpCompletionOption.ResponseHeadersRead);
        if (!response.IsSuccessStatusCode)
        {
            // Only a refusal has an end: the body of a stream that was accepted is read by the background reader.
            Assert.Fail($"events: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }

        return new DesktopEventStream(client, response, await response.Content.ReadAsStreamAsync());
    }

    /// <summary>
    /// Reads on until an event <paramref name="eventId"/> arrives that satisfies <paramref name="match"/> (when given) and
    /// returns it; the events before it stay in <see cref="Seen"/> for the order assertions.
    /// </summary>
    public async Task<JsonElement> WaitForAsync(string eventId, Func<JsonElement, bool>? match = null)
    {
        using var limit = new CancellationTokenSource(WaitLimit);
        try
        {
            while (true)
            {
                var next = await _arrived.Reader.ReadAsync(limit.Token);
                _seen.Add(next);
                if (next.GetProperty("id").GetString() == eventId && (match is null || match(next)))
                {
                    return next;
                }
            }
        }
        catch (OperationCanceledException)
        {
            Assert.Fail($"no {eventId} within {WaitLimit.TotalSeconds} s; seen: {Describe()}");
            throw;
        }
        catch (ChannelClosedException)
        {
            Assert.Fail($"the event stream ended before {eventId}; seen: {Describe()}");
            throw;
        }
    }

    /// <summary>The ids and DNs seen, e.g. "EventRinging(1002) EventEstablished(1002)", for failure messages.</summary>
    public string Describe() => string.Join(' ', _seen.Select(DesktopEvents.Describe));

    public async ValueTask DisposeAsync()
    {
        _response.Dispose();
        _client.Dispose();
        try
        {
            await _reading;
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException or OperationCanceledException or HttpRequestException)
        {
            // The stream was cut by the dispose above: that is how reading ends.
        }
    }

    /// <summary>Parses text/event-stream (RFC: lines "field: value", blank line ends an event, ":" lines are comments).</summary>
    private async Task ReadAsync(Stream body)
    {
        try
        {
            using var reader = new StreamReader(body, Encoding.UTF8);
            string? data = null;
            while (await reader.ReadLineAsync() is { } line)
            {
                if (line.Length == 0)
                {
                    if (data is not null)
                    {
                        using var envelope = JsonDocument.Parse(data);
                        await _arrived.Writer.WriteAsync(envelope.RootElement.GetProperty("event").Clone());
                        data = null;
                    }
                }
                else if (line.StartsWith("data:", StringComparison.Ordinal))
                {
                    data = line[5..].TrimStart(' ');
                }
            }
        }
        finally
        {
            _arrived.Writer.TryComplete();
        }
    }
}
