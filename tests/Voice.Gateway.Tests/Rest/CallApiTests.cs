using System.Net;
using System.Text.Json;
using Voice.Grains.Contracts.Calls;

namespace Voice.Gateway.Tests.Rest;

/// <summary>
/// The call endpoints against real call threads (calls set up on the grains, SIP actions recorded): reading a call,
/// user data, hold and release as the acting DN, the 404 that hides other calls, and the status of each refusal.
/// </summary>
public sealed class CallApiTests(RestApiFactory api) : IClassFixture<RestApiFactory>
{
    private const string Acme = "/api/v1/tenants/acme";
    private const string UnknownCall = "00000000000000aa";

    public static TheoryData<string, string, string?> Actions => new()
    {
        { "POST", "answer", null },
        { "POST", "hold", null },
        { "POST", "retrieve", null },
        { "POST", "release", null },
        { "POST", "transfer", "{\"to\":\"2003\",\"mode\":\"single-step\"}" },
        { "POST", "transfer/complete", null },
        { "POST", "transfer/cancel", null },
        { "POST", "conference", "{\"to\":\"2003\"}" },
        { "POST", "conference/complete", null },
        { "POST", "conference/cancel", null },
        { "DELETE", "parties/2002", null },
        { "PUT", "user-data", "{\"a\":\"1\"}" },
        { "PATCH", "user-data", "{\"a\":\"1\"}" },
        { "DELETE", "user-data", null },
        { "GET", string.Empty, null },
    };

    [Theory]
    [MemberData(nameof(Actions))]
    public async Task An_unknown_or_malformed_call_is_404_for_agents_and_supervisors(string method, string action, string? json)
    {
        using var alice = api.Client(await LoggedInAliceAsync());
        using var sue = api.Client(await api.SupervisorTokenAsync());

        foreach (var callId in new[] { UnknownCall, "not-a-call-id" })
        {
            var target = action.Length == 0 ? $"{Acme}/calls/{callId}" : $"{Acme}/calls/{callId}/{action}";
            using var asAgent = await alice.SendAsync(Request(method, target, json));
            using var asSupervisor = await sue.SendAsync(Request(method, target + "?dn=2001", json));
            await RestJson.ProblemAsync(asAgent, HttpStatusCode.NotFound, "call-not-found");
            await RestJson.ProblemAsync(asSupervisor, HttpStatusCode.NotFound, "call-not-found");
        }
    }

    [Fact]
    public async Task The_agent_on_the_call_reads_it_changes_its_user_data_holds_and_releases_it()
    {
        using var alice = api.Client(await LoggedInAliceAsync());
        var callId = await RestCalls.EstablishedAsync(api.Grains);
        var path = $"{Acme}/calls/{callId}";

        var call = await RestJson.JsonAsync(await alice.GetAsync(path), HttpStatusCode.OK);
        var merged = await DataAsync(await alice.PatchAsync($"{path}/user-data", RestJson.Body(new { @case = "42", lang = "en" })));
        var replaced = await DataAsync(await alice.PutAsync($"{path}/user-data", RestJson.Body(new { lang = "fr", vip = "yes" })));
        var deleted = await DataAsync(await alice.DeleteAsync($"{path}/user-data?key=vip&key=absent"));
        var actionsBefore = api.Sip.Actions.Count;
        using var hold = await alice.PostAsync($"{path}/hold", null);
        var reInvite = Assert.IsType<SendRequestAction>(Assert.Single(api.Sip.Actions.Skip(actionsBefore)));
        using var holdAgain = await alice.PostAsync($"{path}/hold", null);
        using var release = await alice.PostAsync($"{path}/release", null);
        var after = await RestJson.JsonAsync(await alice.GetAsync(path), HttpStatusCode.OK);

        Assert.Equal((callId, "Established", "Internal"), (S(call, "callId"), S(call, "phase"), S(call, "callType")));
        Assert.Equal(["2001:Origination:Connected:a1", "2002:Destination:Connected:"],
            call.GetProperty("parties").EnumerateArray().Select(p => $"{S(p, "dn")}:{S(p, "role")}:{S(p, "state")}:{S(p, "agentId")}"));
        Assert.Equal("""{"case":"42","lang":"en"}""", merged.GetRawText());
        Assert.Equal("""{"lang":"fr","vip":"yes"}""", replaced.GetRawText());
        Assert.Equal("""{"lang":"fr"}""", deleted.GetRawText());
        Assert.Equal(HttpStatusCode.Accepted, hold.StatusCode);
        Assert.Equal(("INVITE", "b1"), (reInvite.Method, reInvite.LegId)); // 2001 holds: the re-INVITE goes to 2002
        await RestJson.ProblemAsync(holdAgain, HttpStatusCode.Conflict, "offer-pending");
        Assert.Equal(HttpStatusCode.Accepted, release.StatusCode);
        Assert.Equal("Released", S(after, "phase"));
        Assert.Equal("fr", after.GetProperty("userData").GetProperty("lang").GetString());
        var attached = (await api.Events.ReadAsync(CallEvent.Stream, 0, 1000))
            .Where(e => e.Key == $"acme:{callId}")
            .Select(e => JsonDocument.Parse(e.Payload).RootElement)
            .Where(e => e.GetProperty("id").GetString() == CallEventIds.AttachedDataChanged)
            .ToList();
        Assert.Equal(6, attached.Count); // three changes, each for 2001 and 2002
    }

    [Fact]
    public async Task Whoever_is_not_on_the_call_gets_404_as_an_agent_and_403_as_a_supervisor_and_nothing_changes()
    {
        var aliceToken = await LoggedInAliceAsync();
        var bobToken = await api.TokenAsync(RestTenants.Acme, "bob", RestTenants.AgentPassword);
        using var alice = api.Client(aliceToken);
        using var bob = api.Client(bobToken);
        using var sue = api.Client(await api.SupervisorTokenAsync());
        var callId = await RestCalls.RingingAsync(api.Grains);
        var path = $"{Acme}/calls/{callId}";
        await DataAsync(await alice.PatchAsync($"{path}/user-data", RestJson.Body(new { keep = "me" })));

        using var bobNotLoggedIn = await bob.PostAsync($"{path}/hold", null);
        using var bobLogin = await bob.PostAsync($"{Acme}/agents/a2/login", RestJson.Body(new { dn = "2003" }));
        using var bobRead = await bob.GetAsync(path);
        using var bobData = await bob.PatchAsync($"{path}/user-data", RestJson.Body(new { keep = "you" }));
        using var bobRelease = await bob.PostAsync($"{path}/release", null);
        using var bobOtherDn = await bob.PostAsync($"{path}/release", RestJson.Body(new { dn = "2001" }));
        using var sueNotAParty = await sue.PostAsync($"{path}/release?dn=2003", null);
        using var sueNoDn = await sue.PostAsync($"{path}/hold", null);
        using var sueRead = await sue.GetAsync(path);
        using var aliceRinging = await alice.PostAsync($"{path}/hold", null);
        using var badMode = await alice.PostAsync($"{path}/transfer", RestJson.Body(new { to = "2003", mode = "blind" }));
        using var bobOut = await bob.PostAsync($"{Acme}/agents/a2/logout", null);

        await RestJson.ProblemAsync(bobNotLoggedIn, HttpStatusCode.Conflict, "agent-not-logged-in");
        Assert.Equal(HttpStatusCode.OK, bobLogin.StatusCode);
        await RestJson.ProblemAsync(bobRead, HttpStatusCode.NotFound, "call-not-found");
        await RestJson.ProblemAsync(bobData, HttpStatusCode.NotFound, "call-not-found");
        await RestJson.ProblemAsync(bobRelease, HttpStatusCode.NotFound, "call-not-found");
        await RestJson.ProblemAsync(bobOtherDn, HttpStatusCode.Forbidden, "not-your-dn");
        await RestJson.ProblemAsync(sueNotAParty, HttpStatusCode.Forbidden, "not-a-party");
        Assert.Equal(["dn"], RestJson.ErrorPaths(await RestJson.ProblemAsync(sueNoDn, HttpStatusCode.BadRequest, "missing-field")));
        Assert.Equal("Alerting", S(await RestJson.JsonAsync(sueRead, HttpStatusCode.OK), "phase"));
        await RestJson.ProblemAsync(aliceRinging, HttpStatusCode.Conflict, "not-established");
        await RestJson.ProblemAsync(badMode, HttpStatusCode.UnprocessableEntity, "invalid-transfer-mode");
        Assert.Equal(HttpStatusCode.OK, bobOut.StatusCode);
        var now = await api.Grains.GetGrain<ICallThreadGrain>(CallThreadKey.For("acme", callId)).GetAsync();
        Assert.Equal((CallPhase.Alerting, "me"), (now.Phase, now.UserData["keep"]));
    }

    [Fact]
    public async Task A_supervisor_changes_user_data_as_itself_and_limits_are_422()
    {
        using var sue = api.Client(await api.SupervisorTokenAsync());
        var callId = await RestCalls.RingingAsync(api.Grains);
        var path = $"{Acme}/calls/{callId}/user-data";

        var set = await DataAsync(await sue.PutAsync(path, RestJson.Body(new { queue = "sales" })));
        using var longValue = await sue.PatchAsync(path, RestJson.Body(new Dictionary<string, string> { ["note"] = new string('x', 5000) }));
        var cleared = await DataAsync(await sue.DeleteAsync(path));

        Assert.Equal("""{"queue":"sales"}""", set.GetRawText());
        await RestJson.ProblemAsync(longValue, HttpStatusCode.UnprocessableEntity, "invalid-user-data");
        Assert.Equal("{}", cleared.GetRawText());
    }

    [Fact]
    public async Task Make_call_acts_from_the_agents_own_dn()
    {
        var bobToken = await api.TokenAsync(RestTenants.Acme, "bob", RestTenants.AgentPassword);
        using var bob = api.Client(bobToken);
        using var alice = api.Client(await LoggedInAliceAsync());

        await RestCalls.RegisterAsync(api.Grains, "2001");
        await RestCalls.RegisterAsync(api.Grains, "2003");
        using var notLoggedIn = await bob.PostAsync($"{Acme}/calls", RestJson.Body(new { from = "2002", to = "2003" }));
        using var otherDn = await alice.PostAsync($"{Acme}/calls", RestJson.Body(new { from = "2002", to = "2003" }));
        using var made = await alice.PostAsync($"{Acme}/calls", RestJson.Body(new { from = "2001", to = "2003", userData = new { source = "crm" } }));

        await RestJson.ProblemAsync(notLoggedIn, HttpStatusCode.Conflict, "agent-not-logged-in");
        await RestJson.ProblemAsync(otherDn, HttpStatusCode.Forbidden, "not-your-dn");
        var callId = S(await RestJson.JsonAsync(made, HttpStatusCode.Accepted), "callId")!;
        Assert.Matches("^[0-9a-f]{16}$", callId);
        Assert.Equal($"{Acme}/calls/{callId}", made.Headers.Location?.OriginalString);
        using var call = await alice.GetAsync($"{Acme}/calls/{callId}");
        var body = await RestJson.JsonAsync(call, HttpStatusCode.OK);
        Assert.Equal("crm", body.GetProperty("userData").GetProperty("source").GetString());
        Assert.Equal("Alerting", S(body, "phase"));
        var invite = api.Sip.Actions.OfType<SendRequestAction>().Last(a => a.Method == "INVITE");
        Assert.Equal(("sip:2001@192.0.2.20:5060", "<sip:acme.test>;answer-after=0"), (invite.RequestUri, invite.Headers!["Call-Info"]));
    }

    [Theory]
    [InlineData("POST", "", "{", "malformed-json")]
    [InlineData("POST", "", "{\"from\":\"2001\"}", "missing-field")]
    [InlineData("POST", "", "{\"from\":\"\",\"to\":\"2002\"}", "missing-field")]
    [InlineData("POST", "", "{\"from\":\"2001\",\"to\":2002}", "wrong-type")]
    [InlineData("POST", "", "{\"from\":\"2001\",\"to\":\"2002\",\"colour\":1}", "unknown-field")]
    [InlineData("POST", "", "{\"from\":\"2001\",\"to\":\"2002\",\"userData\":{\"a\":1}}", "wrong-type")]
    [InlineData("PATCH", "/" + UnknownCall + "/user-data", "{\"a\":1}", "wrong-type")]
    [InlineData("PATCH", "/" + UnknownCall + "/user-data", "{\"a\":null}", "null-value")]
    [InlineData("PUT", "/" + UnknownCall + "/user-data", "[]", "wrong-type")]
    [InlineData("PUT", "/" + UnknownCall + "/user-data", "{", "malformed-json")]
    [InlineData("POST", "/" + UnknownCall + "/transfer", "{\"to\":\"2003\"}", "missing-field")]
    [InlineData("POST", "/" + UnknownCall + "/transfer", "{\"to\":\"2003\",\"mode\":\"two-step\",\"x\":1}", "unknown-field")]
    [InlineData("POST", "/" + UnknownCall + "/conference", "{}", "missing-field")]
    [InlineData("POST", "/" + UnknownCall + "/hold", "{\"dn\":2001}", "wrong-type")]
    [InlineData("POST", "/" + UnknownCall + "/hold", "{\"reason\":\"x\"}", "unknown-field")]
    public async Task Bad_call_bodies_are_400(string method, string path, string json, string slug)
    {
        using var sue = api.Client(await api.SupervisorTokenAsync());

        using var response = await sue.SendAsync(Request(method, $"{Acme}/calls{path}", json));

        await RestJson.ProblemAsync(response, HttpStatusCode.BadRequest, slug);
    }

    /// <summary>Alice's token, with alice logged in on her default DN 2001 (already, or now).</summary>
    private async Task<string> LoggedInAliceAsync()
    {
        var token = await api.AgentTokenAsync();
        using var client = api.Client(token);
        using var login = await client.PostAsync($"{Acme}/agents/a1/login", null);
        Assert.True(login.StatusCode is HttpStatusCode.OK or HttpStatusCode.Conflict, await login.Content.ReadAsStringAsync());
        return token;
    }

    private static HttpRequestMessage Request(string method, string path, string? json) =>
        new(new HttpMethod(method), path) { Content = json is null ? null : RestJson.Raw(json) };

    private static async Task<JsonElement> DataAsync(HttpResponseMessage response)
    {
        using (response)
        {
            return (await RestJson.JsonAsync(response, HttpStatusCode.OK)).GetProperty("userData");
        }
    }

    private static string? S(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
