using System.Net;
using System.Text.Json;

namespace Voice.Silo.Tests.Endpoints;

/// <summary>GET /events on Kestrel in-process over an in-memory log: format, start positions, keepalive, refusals, ends.</summary>
public sealed class EventStreamEndpointTests : IAsyncLifetime
{
    private const string Topic = "voice-agentstate";
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(15);
    private EventStreamHost _host = null!;

    public async Task InitializeAsync() => _host = await EventStreamHost.StartAsync(TimeSpan.FromMilliseconds(300));

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task FromOne_SendsStoredEventsThenLiveOnes_InTheWireFormat()
    {
        await _host.Log.AppendAsync(Topic, "t:2001", """{"id":"EventDNBackInService","seq":1}""");
        await _host.Log.AppendAsync(Topic, "t:2002", """{"id":"EventDNBackInService","seq":1}""");

        var (response, reader) = await _host.OpenAsync($"?topic={Topic}&from=1");
        using (response)
        using (reader)
        {
            var first = await reader.ReadEventAsync();
            var second = await reader.ReadEventAsync();
            await _host.Log.AppendAsync(Topic, "t:2001", """{"id":"EventDNOutOfService","seq":2}""");
            var live = await reader.ReadEventAsync();

            Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
            Assert.Equal(
                ["id: 1", "event: voice-agentstate", """data: {"key":"t:2001","seq":1,"position":1,"event":{"id":"EventDNBackInService","seq":1}}"""],
                first.Lines);
            Assert.Equal(("2", "t:2002"), (second.Id, second.Key));
            Assert.Equal(("3", "t:2001", 2L), (live.Id, live.Key, live.Data.GetProperty("seq").GetInt64()));
            Assert.Equal("EventDNOutOfService", live.Data.GetProperty("event").GetProperty("id").GetString());
        }
    }

    [Fact]
    public async Task NoFrom_SkipsStoredEvents_SendsOnlyNewOnes()
    {
        await _host.Log.AppendAsync(Topic, "old", "{}");
        await _host.Log.AppendAsync(Topic, "old", "{}");

        var (response, reader) = await _host.OpenAsync($"?topic={Topic}");
        using (response)
        using (reader)
        {
            await _host.Log.AppendAsync(Topic, "new", """{"n":1}""");
            var frame = await reader.ReadEventAsync();

            Assert.Equal((3L, "new"), (frame.Position, frame.Key));
        }
    }

    [Fact]
    public async Task LongBacklog_EveryEventInOrder_ThenLive()
    {
        for (var n = 1; n <= 300; n++)
        {
            await _host.Log.AppendAsync(Topic, $"k{n % 7}", $$"""{"n":{{n}}}""");
        }

        var (response, reader) = await _host.OpenAsync($"?topic={Topic}&from=0");
        using (response)
        using (reader)
        {
            var positions = new List<long>();
            for (var n = 1; n <= 300; n++)
            {
                positions.Add((await reader.ReadEventAsync()).Position);
            }

            await _host.Log.AppendAsync(Topic, "live", "{}");

            Assert.Equal(Enumerable.Range(1, 300).Select(n => (long)n), positions);
            Assert.Equal(301L, (await reader.ReadEventAsync()).Position);
        }
    }

    [Fact]
    public async Task LastEventId_ResumesJustAfterIt_AndWinsOverFrom()
    {
        foreach (var n in new[] { 1, 2, 3 })
        {
            await _host.Log.AppendAsync(Topic, $"k{n}", "{}");
        }

        var (response, reader) = await _host.OpenAsync($"?topic={Topic}&from=0", lastEventId: "1");
        using (response)
        using (reader)
        {
            var first = await reader.ReadEventAsync();
            var second = await reader.ReadEventAsync();

            Assert.Equal((2L, 3L), (first.Position, second.Position));
        }
    }

    [Fact]
    public async Task FromZero_OtherTopicsEventsAreNotSent()
    {
        await _host.Log.AppendAsync("voice-callthread", "call-1", """{"id":"EventRinging"}""");
        await _host.Log.AppendAsync(Topic, "t:2001", "{}");

        var (response, reader) = await _host.OpenAsync("?topic=voice-callthread&from=0");
        using (response)
        using (reader)
        {
            var frame = await reader.ReadEventAsync();
            await _host.Log.AppendAsync("voice-callthread", "call-1", """{"id":"EventReleased"}""");
            var next = await reader.ReadEventAsync();

            Assert.Equal(("voice-callthread", "call-1", 1L), (frame.Event, frame.Key, frame.Position));
            Assert.Equal(2L, next.Position);
        }
    }

    [Fact]
    public async Task IdleStream_GetsKeepAliveComments()
    {
        var (response, reader) = await _host.OpenAsync($"?topic={Topic}");
        using (response)
        using (reader)
        {
            var frame = await reader.ReadFrameAsync();

            Assert.Equal([": keepalive"], frame);
        }
    }

    [Fact]
    public async Task Payload_MultiLineJsonStaysOneDataLine_NonJsonBecomesAString()
    {
        await _host.Log.AppendAsync(Topic, "pretty", "{\n  \"a\": [1,\r\n 2]\n}");
        await _host.Log.AppendAsync(Topic, "text", "not json\nat all");

        var (response, reader) = await _host.OpenAsync($"?topic={Topic}&from=1");
        using (response)
        using (reader)
        {
            var pretty = await reader.ReadEventAsync();
            var text = await reader.ReadEventAsync();

            Assert.Equal(2, pretty.Data.GetProperty("event").GetProperty("a")[1].GetInt32());
            Assert.Equal(JsonValueKind.String, text.Data.GetProperty("event").ValueKind);
            Assert.Equal("not json\nat all", text.Data.GetProperty("event").GetString());
        }
    }

    [Theory]
    [InlineData("?topic=voice-nope", "Unknown event topic", "'voice-nope' is not an event topic; use one of: voice-callthread, voice-agentstate")]
    [InlineData("", "Missing event topic", "give ?topic= one of: voice-callthread, voice-agentstate")]
    [InlineData("?topic=voice-agentstate&from=-1", "Invalid from position", "from '-1' is not a stream position")]
    [InlineData("?topic=voice-agentstate&from=abc", "Invalid from position", "from 'abc' is not a stream position")]
    public async Task BadRequest_400ProblemDetailsNamingTheProblem(string query, string title, string detail)
    {
        using var response = await _host.Http.GetAsync("/events" + query);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(title, problem.GetProperty("title").GetString());
        Assert.StartsWith(detail, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task BadLastEventId_400()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/events?topic={Topic}") { Headers = { { "Last-Event-ID", "x1" } } };

        using var response = await _host.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("\"title\":\"Invalid Last-Event-ID\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ClientDisconnects_TheTailIsClosed()
    {
        var (response, reader) = await _host.OpenAsync($"?topic={Topic}");
        await _host.Log.TailOpened.WaitAsync(Limit);

        reader.Dispose();
        response.Dispose();

        await _host.Log.TailClosed.WaitAsync(Limit);
    }

    [Fact]
    public async Task NodeStops_TheStreamEndsCleanly()
    {
        var (response, reader) = await _host.OpenAsync($"?topic={Topic}");
        using (response)
        using (reader)
        {
            await _host.Log.TailOpened.WaitAsync(Limit);

            await _host.StopAsync().WaitAsync(Limit);

            Assert.Null(await ReadUntilEndAsync(reader));
            await _host.Log.TailClosed.WaitAsync(Limit);
        }
    }

    private static async Task<IReadOnlyList<string>?> ReadUntilEndAsync(SseFrameReader reader)
    {
        // Keepalives sent before the stop may still be in flight; the stream must then end.
        while (await reader.ReadFrameAsync() is { } frame)
        {
            Assert.All(frame, line => Assert.StartsWith(":", line, StringComparison.Ordinal));
        }

        return null;
    }
}
