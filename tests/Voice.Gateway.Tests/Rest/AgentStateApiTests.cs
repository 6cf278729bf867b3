using System.Net;
using System.Text.Json;
using Voice.Grains.Contracts.Agents;

namespace Voice.Gateway.Tests.Rest;

/// <summary>The desktop's agent actions against the real agent grains, and GET …/agents/{id} with the live state.</summary>
public sealed class AgentStateApiTests(RestApiFactory api) : IClassFixture<RestApiFactory>
{
    private const string Acme = "/api/v1/tenants/acme";

    [Fact]
    public async Task Agent_logs_in_changes_state_and_logs_out_and_each_step_is_an_agent_event()
    {
        using var alice = api.Client(await api.AgentTokenAsync());
        var from = await api.Events.EndPositionAsync(AgentEvent.Stream, CancellationToken.None);

        var login = await StateAsync(await alice.PostAsync($"{Acme}/agents/a1/login", RestJson.Body(new { queues = new[] { "sales" } })));
        var ready = await StateAsync(await alice.PostAsync($"{Acme}/agents/a1/ready", RestJson.Body(new { workMode = "AutoIn" })));
        var notReady = await StateAsync(await alice.PostAsync($"{Acme}/agents/a1/not-ready", RestJson.Body(new { reason = "lunch", workMode = "WalkAway" })));
        var dnd = await StateAsync(await alice.PostAsync($"{Acme}/agents/a1/dnd-on", null));
        var forward = await StateAsync(await alice.PostAsync($"{Acme}/agents/a1/forward", RestJson.Body(new { to = "2003" })));
        var read = await RestJson.JsonAsync(await alice.GetAsync($"{Acme}/agents/a1"), HttpStatusCode.OK);
        var unforwarded = await StateAsync(await alice.DeleteAsync($"{Acme}/agents/a1/forward"));
        var dndOff = await StateAsync(await alice.PostAsync($"{Acme}/agents/a1/dnd-off", null));
        var readyDefault = await StateAsync(await alice.PostAsync($"{Acme}/agents/a1/ready", null));
        var logout = await StateAsync(await alice.PostAsync($"{Acme}/agents/a1/logout", null));

        Assert.Equal(("NotReady", "AuxWork", "2001", "sales"), (S(login, "status"), S(login, "workMode"), S(login, "dn"), login.GetProperty("queues")[0].GetString()));
        Assert.Equal(("Ready", "AutoIn"), (S(ready, "status"), S(ready, "workMode")));
        Assert.Equal(("NotReady", "WalkAway", "lunch"), (S(notReady, "status"), S(notReady, "workMode"), S(notReady, "reason")));
        Assert.True(dnd.GetProperty("dnd").GetBoolean());
        Assert.Equal("2003", S(forward, "forwardTo"));
        Assert.Equal("alice", S(read, "loginId"));
        Assert.Equal(5, read.GetProperty("skills").GetProperty("sales").GetInt32());
        var state = read.GetProperty("state");
        Assert.Equal(("NotReady", "2001", "2003", true), (S(state, "status"), S(state, "dn"), S(state, "forwardTo"), state.GetProperty("dnd").GetBoolean()));
        Assert.Empty(state.GetProperty("activeCalls").EnumerateArray());
        Assert.True(state.TryGetProperty("since", out _));
        Assert.False(unforwarded.TryGetProperty("forwardTo", out _));
        Assert.False(dndOff.GetProperty("dnd").GetBoolean());
        Assert.Equal(("Ready", "ManualIn"), (S(readyDefault, "status"), S(readyDefault, "workMode")));
        Assert.Equal("LoggedOut", S(logout, "status"));
        var events = await api.Events.ReadAsync(AgentEvent.Stream, from, 100);
        Assert.Equal(
            [AgentEventIds.Login, AgentEventIds.NotReady, AgentEventIds.Ready, AgentEventIds.NotReady, AgentEventIds.DndOn, AgentEventIds.ForwardSet,
             AgentEventIds.ForwardCancel, AgentEventIds.DndOff, AgentEventIds.Ready, AgentEventIds.Logout],
            events.Where(e => e.Key == "acme:a1").Select(e => JsonDocument.Parse(e.Payload).RootElement.GetProperty("id").GetString()));
    }

    [Fact]
    public async Task Supervisor_acts_on_any_agent_and_refusals_map_to_409_422_and_404()
    {
        using var sue = api.Client(await api.SupervisorTokenAsync());
        using var alice = api.Client(await api.AgentTokenAsync());

        using var notLoggedIn = await sue.PostAsync($"{Acme}/agents/a2/ready", null);
        var bob = await StateAsync(await sue.PostAsync($"{Acme}/agents/a2/login", RestJson.Body(new { dn = "2002", workMode = "ManualIn" })));
        using var again = await sue.PostAsync($"{Acme}/agents/a2/login", RestJson.Body(new { dn = "2002" }));
        using var dnInUse = await alice.PostAsync($"{Acme}/agents/a1/login", RestJson.Body(new { dn = "2002" }));
        using var routePoint = await alice.PostAsync($"{Acme}/agents/a1/login", RestJson.Body(new { dn = "7000" }));
        using var unknownQueue = await alice.PostAsync($"{Acme}/agents/a1/login", RestJson.Body(new { queues = new[] { "nope" } }));
        using var notAReadyMode = await sue.PostAsync($"{Acme}/agents/a2/ready", RestJson.Body(new { workMode = "AuxWork" }));
        using var notAMode = await sue.PostAsync($"{Acme}/agents/a2/not-ready", RestJson.Body(new { workMode = "auxwork" }));
        using var toItself = await sue.PostAsync($"{Acme}/agents/a2/forward", RestJson.Body(new { to = "2002" }));
        using var unknownAgent = await sue.PostAsync($"{Acme}/agents/zed/login", null);
        using var unknownLogout = await sue.PostAsync($"{Acme}/agents/zed/logout", null);
        var stillBob = await RestJson.JsonAsync(await sue.GetAsync($"{Acme}/agents/a2"), HttpStatusCode.OK);
        var bobOut = await StateAsync(await sue.PostAsync($"{Acme}/agents/a2/logout", null));

        Assert.Equal(("Ready", "2002"), (S(bob, "status"), S(bob, "dn")));
        await RestJson.ProblemAsync(notLoggedIn, HttpStatusCode.Conflict, "agent-not-logged-in");
        await RestJson.ProblemAsync(again, HttpStatusCode.Conflict, "already-logged-in");
        await RestJson.ProblemAsync(dnInUse, HttpStatusCode.Conflict, "dn-in-use");
        await RestJson.ProblemAsync(routePoint, HttpStatusCode.UnprocessableEntity, "dn-not-extension");
        await RestJson.ProblemAsync(unknownQueue, HttpStatusCode.UnprocessableEntity, "unknown-queue");
        await RestJson.ProblemAsync(notAReadyMode, HttpStatusCode.UnprocessableEntity, "invalid-work-mode");
        await RestJson.ProblemAsync(notAMode, HttpStatusCode.UnprocessableEntity, "invalid-work-mode");
        await RestJson.ProblemAsync(toItself, HttpStatusCode.UnprocessableEntity, "invalid-argument");
        await RestJson.ProblemAsync(unknownAgent, HttpStatusCode.NotFound, "not-found");
        await RestJson.ProblemAsync(unknownLogout, HttpStatusCode.NotFound, "not-found");
        Assert.Equal(("Ready", "ManualIn", "2002"), (S(stillBob.GetProperty("state"), "status"), S(stillBob.GetProperty("state"), "workMode"), S(stillBob.GetProperty("state"), "dn")));
        Assert.Equal("LoggedOut", S(bobOut, "status"));
        var aliceNow = await api.Grains.GetGrain<IAgentGrain>("acme:a1").GetAsync();
        Assert.Equal(AgentStatus.LoggedOut, aliceNow.Status); // every refused login left alice as she was
    }

    [Theory]
    [InlineData("login", "{\"dn\":", "malformed-json")]
    [InlineData("login", "{\"dn\":2001}", "wrong-type")]
    [InlineData("login", "{\"dn\":\"2001\",\"colour\":\"red\"}", "unknown-field")]
    [InlineData("login", "{\"queues\":\"sales\"}", "wrong-type")]
    [InlineData("login", "[]", "wrong-type")]
    [InlineData("ready", "{\"workMode\":1}", "wrong-type")]
    [InlineData("ready", "{\"mode\":\"AutoIn\"}", "unknown-field")]
    [InlineData("not-ready", "{\"reason\":", "malformed-json")]
    [InlineData("not-ready", "{\"reason\":7}", "wrong-type")]
    [InlineData("forward", "{}", "missing-field")]
    [InlineData("forward", "{\"to\":null}", "null-value")]
    [InlineData("forward", "{\"to\":\"2003\",\"when\":\"busy\"}", "unknown-field")]
    public async Task Bad_action_bodies_are_400_and_change_nothing(string action, string json, string slug)
    {
        using var alice = api.Client(await api.AgentTokenAsync());

        using var response = await alice.PostAsync($"{Acme}/agents/a1/{action}", RestJson.Raw(json));

        await RestJson.ProblemAsync(response, HttpStatusCode.BadRequest, slug);
        var state = await api.Grains.GetGrain<IAgentGrain>("acme:a1").GetAsync();
        Assert.Equal((AgentStatus.LoggedOut, null), (state.Status, state.ForwardTo));
    }

    [Fact]
    public async Task A_body_that_is_not_json_is_415()
    {
        using var alice = api.Client(await api.AgentTokenAsync());

        using var response = await alice.PostAsync($"{Acme}/agents/a1/login", RestJson.Raw("dn=2001", "text/plain"));

        await RestJson.ProblemAsync(response, HttpStatusCode.UnsupportedMediaType, "unsupported-media-type");
    }

    [Fact]
    public async Task Get_then_put_round_trips_with_the_state_member_which_put_ignores()
    {
        using var admin = api.Client(await api.AdminTokenAsync());
        var read = await RestJson.JsonAsync(await admin.GetAsync($"{Acme}/agents/a2"), HttpStatusCode.OK);
        Assert.Equal("LoggedOut", S(read.GetProperty("state"), "status"));
        var edited = read.GetRawText().Replace("\"LoggedOut\"", "\"Ready\"", StringComparison.Ordinal);

        using var put = await admin.PutAsync($"{Acme}/agents/a2", RestJson.Raw(edited));

        var written = await RestJson.JsonAsync(put, HttpStatusCode.OK);
        Assert.Equal(("bob", "2002"), (S(written, "loginId"), S(written, "defaultDn")));
        Assert.False(written.TryGetProperty("state", out _));
        Assert.Equal(AgentStatus.LoggedOut, (await api.Grains.GetGrain<IAgentGrain>("acme:a2").GetAsync()).Status);
        await api.TokenAsync(RestTenants.Acme, "bob", RestTenants.AgentPassword); // the password was kept
    }

    [Fact]
    public async Task An_agent_reads_and_acts_on_itself_only()
    {
        using var alice = api.Client(await api.AgentTokenAsync());

        using var own = await alice.GetAsync($"{Acme}/agents/a1");
        using var other = await alice.GetAsync($"{Acme}/agents/a2");
        using var otherLogin = await alice.PostAsync($"{Acme}/agents/a2/login", null);

        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        await RestJson.ProblemAsync(other, HttpStatusCode.Forbidden, "forbidden");
        await RestJson.ProblemAsync(otherLogin, HttpStatusCode.Forbidden, "forbidden");
        Assert.Equal(AgentStatus.LoggedOut, (await api.Grains.GetGrain<IAgentGrain>("acme:a2").GetAsync()).Status);
    }

    private static async Task<JsonElement> StateAsync(HttpResponseMessage response)
    {
        using (response)
        {
            return await RestJson.JsonAsync(response, HttpStatusCode.OK);
        }
    }

    private static string? S(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) ? value.GetString() : null;
}
