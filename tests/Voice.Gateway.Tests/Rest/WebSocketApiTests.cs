using System.Net;

namespace Voice.Gateway.Tests.Rest;

public sealed class WebSocketApiTests(RestApiFactory api) : IClassFixture<RestApiFactory>
{
    [Fact]
    public async Task A_tenant_subscription_gets_the_backlog_from_its_position_then_live_events_of_its_tenant_only()
    {
        var first = await EventLogWriter.AppendAsync(api.Events, EventLogWriter.AgentState, "acme:a1", "w1");
        await EventLogWriter.AppendAsync(api.Events, EventLogWriter.AgentState, "globex:a1", "globex");
        await EventLogWriter.AppendAsync(api.Events, EventLogWriter.AgentState, "acme:a2", "w2");
        await using var socket = await EventSocket.ConnectAsync(api, RestTenants.Acme, await api.SupervisorTokenAsync());

        await socket.SendAsync(new { type = "subscribe", topic = "voice-agentstate", from = first });
        var subscribed = await socket.ReceiveAsync("subscribed");
        Assert.Equal(first, subscribed.GetProperty("from").GetInt64());
        var id = subscribed.GetProperty("subscription").GetInt32();
        var e1 = await socket.ReceiveAsync("event");
        Assert.Equal((id, "acme:a1", first, "w1"), (e1.GetProperty("subscription").GetInt32(), e1.GetProperty("key").GetString(), e1.GetProperty("position").GetInt64(), e1.GetProperty("event").GetProperty("marker").GetString()));
        Assert.Equal("w2", (await socket.ReceiveAsync("event")).GetProperty("event").GetProperty("marker").GetString());
        await EventLogWriter.AppendAsync(api.Events, EventLogWriter.AgentState, "globex:a1", "globex-live");
        await EventLogWriter.AppendAsync(api.Events, EventLogWriter.AgentState, "acme:a1", "w-live");
        Assert.Equal("w-live", (await socket.ReceiveAsync("event")).GetProperty("event").GetProperty("marker").GetString());
    }

    [Fact]
    public async Task A_new_connection_resumes_from_the_position_after_the_last_event_seen()
    {
        var first = await EventLogWriter.AppendAsync(api.Events, EventLogWriter.CallThread, "acme:c9", "x1");
        var second = await EventLogWriter.AppendAsync(api.Events, EventLogWriter.CallThread, "acme:c9", "x2");
        long seen;
        await using (var socket = await EventSocket.ConnectAsync(api, RestTenants.Acme, await api.AdminTokenAsync()))
        {
            await socket.SendAsync(new { type = "subscribe", topic = "voice-callthread", from = first });
            await socket.ReceiveAsync("subscribed");
            seen = (await socket.ReceiveAsync("event")).GetProperty("position").GetInt64();
        }

        await using var resumed = await EventSocket.ConnectAsync(api, RestTenants.Acme, await api.AdminTokenAsync());
        await resumed.SendAsync(new { type = "subscribe", topic = "voice-callthread", from = seen + 1 });
        await resumed.ReceiveAsync("subscribed");
        var next = await resumed.ReceiveAsync("event");
        Assert.Equal((second, "x2"), (next.GetProperty("position").GetInt64(), next.GetProperty("event").GetProperty("marker").GetString()));
    }

    [Fact]
    public async Task An_agent_socket_follows_its_own_agent_and_may_not_subscribe_to_another()
    {
        var first = await EventLogWriter.AppendAsync(api.Events, EventLogWriter.AgentState, "acme:a2", "bobs");
        await EventLogWriter.AppendAsync(api.Events, EventLogWriter.AgentState, "acme:a1", "alices");
        await using var socket = await EventSocket.ConnectAsync(api, RestTenants.Acme, await api.AgentTokenAsync());

        await socket.SendAsync(new { type = "subscribe", topic = "voice-agentstate", agentId = "a2", from = first });
        var error = await socket.ReceiveAsync("error");
        Assert.Equal("Other agent's events", error.GetProperty("title").GetString());
        await socket.SendAsync(new { type = "subscribe", topic = "voice-agentstate", from = first });
        Assert.Equal("a1", (await socket.ReceiveAsync("subscribed")).GetProperty("agentId").GetString());
        Assert.Equal("alices", (await socket.ReceiveAsync("event")).GetProperty("event").GetProperty("marker").GetString());
    }

    [Fact]
    public async Task Two_subscriptions_share_a_socket_and_one_can_be_ended()
    {
        var first = await EventLogWriter.AppendAsync(api.Events, EventLogWriter.AgentState, "acme:a2", "state-b");
        await using var socket = await EventSocket.ConnectAsync(api, RestTenants.Acme, await api.SupervisorTokenAsync());
        await socket.SendAsync(new { type = "subscribe", topic = "voice-agentstate", agentId = "a2", from = first });
        var states = (await socket.ReceiveAsync("subscribed")).GetProperty("subscription").GetInt32();
        Assert.Equal("state-b", (await socket.ReceiveAsync("event")).GetProperty("event").GetProperty("marker").GetString());
        await socket.SendAsync(new { type = "subscribe", topic = "voice-callthread" });
        var calls = (await socket.ReceiveAsync("subscribed")).GetProperty("subscription").GetInt32();

        await socket.SendAsync(new { type = "unsubscribe", subscription = states });
        Assert.Equal(states, (await socket.ReceiveAsync("unsubscribed")).GetProperty("subscription").GetInt32());
        await EventLogWriter.AppendAsync(api.Events, EventLogWriter.AgentState, "acme:a2", "after-unsubscribe");
        await EventLogWriter.AppendAsync(api.Events, EventLogWriter.CallThread, "acme:c5", "call");
        var next = await socket.ReceiveAsync("event");
        Assert.Equal((calls, "call"), (next.GetProperty("subscription").GetInt32(), next.GetProperty("event").GetProperty("marker").GetString()));
    }

    [Theory]
    [InlineData("{\"type\":\"subscribe\",", "Malformed JSON")]
    [InlineData("{\"type\":\"subscribe\",\"topic\":\"voice-callthread\",\"filter\":\"x\"}", "Unknown field")]
    [InlineData("{\"type\":\"subscribe\",\"topic\":\"voice-callthread\",\"from\":\"ten\"}", "Wrong type")]
    [InlineData("{\"topic\":\"voice-callthread\"}", "Missing field")]
    [InlineData("{\"type\":\"subscribe\",\"topic\":\"voice-secrets\"}", "Unknown event topic")]
    [InlineData("{\"type\":\"publish\"}", "Unknown message type")]
    [InlineData("{\"type\":\"unsubscribe\",\"subscription\":99}", "Unknown subscription")]
    public async Task Bad_messages_get_an_error_and_the_socket_stays_open(string text, string title)
    {
        await using var socket = await EventSocket.ConnectAsync(api, RestTenants.Acme, await api.AdminTokenAsync());
        await socket.SendTextAsync(text);

        Assert.Equal(title, (await socket.ReceiveAsync("error")).GetProperty("title").GetString());
        await socket.SendAsync(new { type = "subscribe", topic = "voice-callthread" });
        await socket.ReceiveAsync("subscribed");
    }

    [Fact]
    public async Task The_socket_needs_a_token_of_its_tenant_and_an_upgrade()
    {
        var other = await Assert.ThrowsAnyAsync<Exception>(async () => await EventSocket.ConnectAsync(api, RestTenants.Globex, await api.AdminTokenAsync()));
        Assert.Contains("404", other.Message, StringComparison.Ordinal);
        var forged = await Assert.ThrowsAnyAsync<Exception>(async () => await EventSocket.ConnectAsync(api, RestTenants.Acme, "not-a-token"));
        Assert.Contains("401", forged.Message, StringComparison.Ordinal);
        using var client = api.Client(await api.AdminTokenAsync());
        using var plain = await client.GetAsync("/api/v1/tenants/acme/ws");
        await RestJson.ProblemAsync(plain, HttpStatusCode.BadRequest, "websocket-required");
    }
}
