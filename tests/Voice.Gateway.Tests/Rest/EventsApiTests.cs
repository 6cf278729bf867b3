using System.Net;

namespace Voice.Gateway.Tests.Rest;

public sealed class EventsApiTests(RestApiFactory api) : IClassFixture<RestApiFactory>
{
    private const string Events = "/api/v1/tenants/acme/events";

    [Fact]
    public async Task Supervisor_gets_the_tenants_backlog_from_a_position_then_live_events_never_another_tenants()
    {
        var first = await EventLogWriter.AppendAsync(api.Events, EventLogWriter.AgentState, "acme:a1", "s1");
        await EventLogWriter.AppendAsync(api.Events, EventLogWriter.AgentState, "globex:a1", "globex");
        await EventLogWriter.AppendAsync(api.Events, EventLogWriter.AgentState, "acmeother:a1", "prefix-lookalike");
        await EventLogWriter.AppendAsync(api.Events, EventLogWriter.AgentState, "acme:a2", "s2");
        using var client = api.Client(await api.SupervisorTokenAsync());
        using var response = await client.GetAsync($"{Events}?topic=voice-agentstate&from={first}", HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        using var reader = new SseReader(await response.Content.ReadAsStreamAsync());

        var e1 = await reader.ReadEventAsync();
        Assert.Equal(("s1", first, "voice-agentstate", "acme:a1"), (e1.Marker, e1.Id, e1.Event, e1.Key));
        Assert.Equal("s2", (await reader.ReadEventAsync()).Marker);
        await EventLogWriter.AppendAsync(api.Events, EventLogWriter.AgentState, "globex:a1", "globex-live");
        await EventLogWriter.AppendAsync(api.Events, EventLogWriter.AgentState, "acme:a1", "live");
        Assert.Equal("live", (await reader.ReadEventAsync()).Marker);
    }

    [Fact]
    public async Task Without_a_position_the_stream_starts_with_new_events()
    {
        await EventLogWriter.AppendAsync(api.Events, EventLogWriter.AgentState, "acme:a1", "old");
        using var client = api.Client(await api.AdminTokenAsync());
        using var response = await client.GetAsync($"{Events}?topic=voice-agentstate", HttpCompletionOption.ResponseHeadersRead);
        using var reader = new SseReader(await response.Content.ReadAsStreamAsync());
        await EventLogWriter.AppendAsync(api.Events, EventLogWriter.AgentState, "acme:a1", "new");

        Assert.Equal("new", (await reader.ReadEventAsync()).Marker);
    }

    [Fact]
    public async Task A_reconnecting_reader_resumes_after_its_last_event_id()
    {
        var first = await EventLogWriter.AppendAsync(api.Events, EventLogWriter.CallThread, "acme:c1", "r1");
        await EventLogWriter.AppendAsync(api.Events, EventLogWriter.CallThread, "acme:c1", "r2");
        using var client = api.Client(await api.AdminTokenAsync());
        long lastId;
        using (var response = await client.GetAsync($"{Events}?topic=voice-callthread&from={first}", HttpCompletionOption.ResponseHeadersRead))
        using (var reader = new SseReader(await response.Content.ReadAsStreamAsync()))
        {
            lastId = (await reader.ReadEventAsync()).Id;
        }

        using var request = new HttpRequestMessage(HttpMethod.Get, $"{Events}?topic=voice-callthread&from=1");
        request.Headers.Add("Last-Event-ID", lastId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        using var resumed = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        using var resumedReader = new SseReader(await resumed.Content.ReadAsStreamAsync());

        Assert.Equal("r2", (await resumedReader.ReadEventAsync()).Marker);
    }

    [Fact]
    public async Task An_agent_sees_only_its_own_state_and_the_calls_that_name_it_or_its_dn()
    {
        var first = await EventLogWriter.AppendAsync(api.Events, EventLogWriter.CallThread, "acme:c1", "mine-by-agent", "\"AgentID\":\"a1\",\"ThisDN\":\"2009\"");
        await EventLogWriter.AppendAsync(api.Events, EventLogWriter.CallThread, "acme:c2", "bobs", "\"AgentID\":\"a2\",\"ThisDN\":\"2002\"");
        await EventLogWriter.AppendAsync(api.Events, EventLogWriter.CallThread, "globex:c3", "other-tenant", "\"AgentID\":\"a1\",\"ThisDN\":\"2001\"");
        await EventLogWriter.AppendAsync(api.Events, EventLogWriter.CallThread, "acme:c4", "mine-by-dn", "\"ThisDN\":\"2001\"");
        var states = await EventLogWriter.AppendAsync(api.Events, EventLogWriter.AgentState, "acme:a2", "bobs-state");
        await EventLogWriter.AppendAsync(api.Events, EventLogWriter.AgentState, "globex:a1", "other-tenant-state");
        await EventLogWriter.AppendAsync(api.Events, EventLogWriter.AgentState, "acme:2001", "my-dn-state");
        await EventLogWriter.AppendAsync(api.Events, EventLogWriter.AgentState, "acme:a1", "my-state");
        using var client = api.Client(await api.AgentTokenAsync());

        using (var calls = await client.GetAsync($"{Events}?topic=voice-callthread&from={first}", HttpCompletionOption.ResponseHeadersRead))
        using (var reader = new SseReader(await calls.Content.ReadAsStreamAsync()))
        {
            Assert.Equal("mine-by-agent", (await reader.ReadEventAsync()).Marker);
            Assert.Equal("mine-by-dn", (await reader.ReadEventAsync()).Marker);
        }

        using var agentStates = await client.GetAsync($"{Events}?topic=voice-agentstate&from={states}", HttpCompletionOption.ResponseHeadersRead);
        using var stateReader = new SseReader(await agentStates.Content.ReadAsStreamAsync());
        Assert.Equal("my-dn-state", (await stateReader.ReadEventAsync()).Marker);
        Assert.Equal("my-state", (await stateReader.ReadEventAsync()).Marker);
    }

    [Fact]
    public async Task A_supervisor_may_follow_one_agent_an_agent_may_not_follow_another()
    {
        var first = await EventLogWriter.AppendAsync(api.Events, EventLogWriter.AgentState, "acme:a1", "alices");
        await EventLogWriter.AppendAsync(api.Events, EventLogWriter.AgentState, "acme:a2", "bobs");
        using var supervisor = api.Client(await api.SupervisorTokenAsync());
        using var agent = api.Client(await api.AgentTokenAsync());

        using (var response = await supervisor.GetAsync($"{Events}?topic=voice-agentstate&from={first}&agent=a2", HttpCompletionOption.ResponseHeadersRead))
        using (var reader = new SseReader(await response.Content.ReadAsStreamAsync()))
        {
            Assert.Equal("bobs", (await reader.ReadEventAsync()).Marker);
        }

        using var forbidden = await agent.GetAsync($"{Events}?topic=voice-agentstate&agent=a2");
        await RestJson.ProblemAsync(forbidden, HttpStatusCode.Forbidden, "forbidden");
        using var unknown = await supervisor.GetAsync($"{Events}?topic=voice-agentstate&agent=nobody");
        await RestJson.ProblemAsync(unknown, HttpStatusCode.NotFound, "not-found");
    }

    [Theory]
    [InlineData("", "missing-topic")]
    [InlineData("?topic=voice-secrets", "unknown-topic")]
    [InlineData("?topic=voice-callthread&from=-1", "invalid-position")]
    [InlineData("?topic=voice-callthread&from=abc", "invalid-position")]
    public async Task Bad_stream_requests_are_400(string query, string slug)
    {
        using var client = api.Client(await api.AdminTokenAsync());
        using var response = await client.GetAsync(Events + query);

        await RestJson.ProblemAsync(response, HttpStatusCode.BadRequest, slug);
    }

    [Fact]
    public async Task Another_tenants_stream_is_404_and_no_token_is_401()
    {
        using var client = api.Client(await api.AdminTokenAsync());
        using var other = await client.GetAsync("/api/v1/tenants/globex/events?topic=voice-callthread");
        using var anonymous = api.Client(null);
        using var noToken = await anonymous.GetAsync($"{Events}?topic=voice-callthread");

        await RestJson.ProblemAsync(other, HttpStatusCode.NotFound, "tenant-not-found");
        await RestJson.ProblemAsync(noToken, HttpStatusCode.Unauthorized, "missing-token");
    }
}
