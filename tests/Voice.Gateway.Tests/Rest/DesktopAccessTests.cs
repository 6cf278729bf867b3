using System.Net;
using System.Text;
using Voice.Gateway.Rest.Auth;
using Voice.Grains.Contracts.Agents;
using Voice.Grains.Contracts.Calls;

namespace Voice.Gateway.Tests.Rest;

/// <summary>
/// Tenant isolation and roles for the desktop endpoints: every agent action and call endpoint, asked with a token
/// that may not do it, is refused with the expected status and problem type — and nothing changed afterwards: the
/// agent's state, the call's phase, user data and events, and the SIP actions sent.
/// </summary>
public sealed class DesktopAccessTests(RestApiFactory api) : IClassFixture<RestApiFactory>
{
    private const string Acme = "/api/v1/tenants/acme";

    /// <summary>Every agent action, {agent} standing for the agent's id.</summary>
    private static readonly (string Method, string Path, string? Json)[] AgentEndpoints =
    [
        ("GET", "agents/{agent}", null),
        ("POST", "agents/{agent}/login", """{"dn":"2003"}"""),
        ("POST", "agents/{agent}/ready", """{"workMode":"AutoIn"}"""),
        ("POST", "agents/{agent}/not-ready", """{"reason":"x"}"""),
        ("POST", "agents/{agent}/logout", null),
        ("POST", "agents/{agent}/dnd-on", null),
        ("POST", "agents/{agent}/dnd-off", null),
        ("POST", "agents/{agent}/forward", """{"to":"2001"}"""),
        ("DELETE", "agents/{agent}/forward", null),
    ];

    /// <summary>Every call endpoint, {call} standing for the call's id.</summary>
    private static readonly (string Method, string Path, string? Json)[] CallEndpoints =
    [
        ("GET", "calls/{call}", null),
        ("POST", "calls/{call}/answer", null),
        ("POST", "calls/{call}/hold", null),
        ("POST", "calls/{call}/retrieve", null),
        ("POST", "calls/{call}/release", null),
        ("POST", "calls/{call}/transfer", """{"to":"2003","mode":"single-step"}"""),
        ("POST", "calls/{call}/transfer/complete", null),
        ("POST", "calls/{call}/transfer/cancel", null),
        ("POST", "calls/{call}/conference", """{"to":"2003"}"""),
        ("POST", "calls/{call}/conference/complete", null),
        ("POST", "calls/{call}/conference/cancel", null),
        ("DELETE", "calls/{call}/parties/2001", null),
        ("PUT", "calls/{call}/user-data", """{"keep":"changed"}"""),
        ("PATCH", "calls/{call}/user-data", """{"keep":"changed"}"""),
        ("DELETE", "calls/{call}/user-data", null),
    ];

    public static TheoryData<string, int, string> Refusals => new()
    {
        { "none", 401, "missing-token" },
        { "expired", 401, "expired-token" },
        { "forged", 401, "invalid-token" },
        { "other-tenant", 404, "tenant-not-found" },
        { "other-agent", 403, "forbidden" },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public async Task Agent_actions_on_bob_are_refused_and_bob_is_unchanged(string token, int status, string slug)
    {
        var bobBefore = await BobLoggedInAsync();
        using var client = api.Client(await TokenAsync(token));

        foreach (var (method, path, json) in AgentEndpoints)
        {
            using var response = await client.SendAsync(Request(method, $"{Acme}/{path.Replace("{agent}", "a2", StringComparison.Ordinal)}", json));
            await ExpectAsync(response, status, slug, $"{token}: {method} {path}");
        }

        Assert.Equal(Describe(bobBefore), Describe(await Bob.GetAsync()));
    }

    [Theory]
    [MemberData(nameof(Refusals))]
    public async Task Call_requests_on_a_call_the_token_may_not_touch_are_refused_and_the_call_is_unchanged(string token, int status, string slug)
    {
        await BobLoggedInAsync();
        var (callId, before, events, actions) = await CallAsync();
        // The other agent here is bob, logged in on 2003 and not a party; he learns nothing: the call does not exist
        // for him (404, not 403), and he may make calls only from 2003.
        using var client = api.Client(await TokenAsync(token == "other-agent" ? "bob" : token));
        (status, slug) = token == "other-agent" ? (404, "call-not-found") : (status, slug);

        foreach (var (method, path, json) in CallEndpoints.Append(("POST", "calls", """{"from":"2001","to":"2002"}""")))
        {
            var target = $"{Acme}/{path.Replace("{call}", callId, StringComparison.Ordinal)}" + (token == "other-agent" ? string.Empty : "?dn=2001");
            using var response = await client.SendAsync(Request(method, target, json));
            var expected = token == "other-agent" && path == "calls" ? (403, "not-your-dn") : (status, slug);
            await ExpectAsync(response, expected.Item1, expected.Item2, $"{token}: {method} {path}");
        }

        var after = await api.Grains.GetGrain<ICallThreadGrain>(CallThreadKey.For("acme", callId)).GetAsync();
        Assert.Equal((before.Phase, before.EventSeq, "me"), (after.Phase, after.EventSeq, after.UserData["keep"]));
        Assert.Equal(events, await CallEventCountAsync(callId));
        Assert.Equal(actions, api.Sip.Actions.Count);
    }

    [Fact]
    public async Task Another_tenants_agents_and_calls_are_404_for_an_admin_and_stay_unchanged()
    {
        using var admin = api.Client(await api.AdminTokenAsync());

        foreach (var (method, path, json) in AgentEndpoints.Concat(CallEndpoints))
        {
            var target = "/api/v1/tenants/globex/" + path.Replace("{agent}", "a1", StringComparison.Ordinal).Replace("{call}", "00000000000000aa", StringComparison.Ordinal) + "?dn=2001";
            using var response = await admin.SendAsync(Request(method, target, json));
            await ExpectAsync(response, 404, "tenant-not-found", $"{method} {path}");
        }

        Assert.Equal(AgentStatus.LoggedOut, (await api.Grains.GetGrain<IAgentGrain>("globex:a1").GetAsync()).Status);
    }

    [Theory]
    [InlineData("agent", "PUT", "agents/a1", """{"loginId":"alice"}""")]
    [InlineData("agent", "DELETE", "agents/a1", null)]
    [InlineData("agent", "GET", "dns/2001", null)]
    [InlineData("agent", "PUT", "", """{"sipDomain":"acme.test"}""")]
    [InlineData("supervisor", "PUT", "agents/a1", """{"loginId":"alice"}""")]
    [InlineData("supervisor", "DELETE", "agents/a2", null)]
    [InlineData("supervisor", "PUT", "dns/2001", """{"type":"extension"}""")]
    public async Task Configuration_changes_stay_admin_only(string role, string method, string path, string? json)
    {
        using var client = api.Client(role == "agent" ? await api.AgentTokenAsync() : await api.SupervisorTokenAsync());
        var before = (await api.Grains.GetGrain<Voice.Grains.Contracts.Tenancy.ITenantGrain>("acme").GetConfigAsync())!.Version;

        using var response = await client.SendAsync(Request(method, $"{Acme}/{path}".TrimEnd('/'), json));

        await RestJson.ProblemAsync(response, HttpStatusCode.Forbidden, "forbidden");
        Assert.Equal(before, (await api.Grains.GetGrain<Voice.Grains.Contracts.Tenancy.ITenantGrain>("acme").GetConfigAsync())!.Version);
    }

    private IAgentGrain Bob => api.Grains.GetGrain<IAgentGrain>("acme:a2");

    /// <summary>Bob logged in on 2003 by the supervisor (the state every refused request must leave alone).</summary>
    private async Task<AgentSnapshot> BobLoggedInAsync()
    {
        if ((await Bob.GetAsync()).Status == AgentStatus.LoggedOut)
        {
            using var sue = api.Client(await api.SupervisorTokenAsync());
            using var login = await sue.PostAsync($"{Acme}/agents/a2/login", RestJson.Body(new { dn = "2003" }));
            Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        }

        return await Bob.GetAsync();
    }

    /// <summary>A ringing call 2001 → 2002 carrying user data, and its event and SIP action counts now.</summary>
    private async Task<(string CallId, CallThreadSnapshot Call, int Events, int Actions)> CallAsync()
    {
        var callId = await RestCalls.RingingAsync(api.Grains);
        var call = api.Grains.GetGrain<ICallThreadGrain>(CallThreadKey.For("acme", callId));
        var attached = await call.UpdateUserDataAsync(new UserDataChange(UserDataOperation.Replace, new Dictionary<string, string> { ["keep"] = "me" }, [], null));
        Assert.True(attached.IsOk);
        return (callId, await call.GetAsync(), await CallEventCountAsync(callId), api.Sip.Actions.Count);
    }

    private async Task<int> CallEventCountAsync(string callId) =>
        (await api.Events.ReadAsync(CallEvent.Stream, 0, 10_000)).Count(e => e.Key == $"acme:{callId}");

    private async Task<string?> TokenAsync(string kind)
    {
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        return kind switch
        {
            "none" => null,
            "expired" => Sign(RestApiFactory.SigningKey, new AccessToken(RestTenants.Acme, RestRoles.Admin, "root", now - 3600, now - 1)),
            "forged" => Sign("another-signing-key-another-signing-key", new AccessToken(RestTenants.Acme, RestRoles.Admin, "root", now, now + 600)),
            "other-tenant" => await api.TokenAsync(RestTenants.Globex, "root", "globex-admin-pw"),
            "bob" => await api.TokenAsync(RestTenants.Acme, "bob", RestTenants.AgentPassword),
            _ => await api.AgentTokenAsync(),
        };
    }

    private static string Sign(string key, AccessToken token) => new AccessTokenSigner(Encoding.UTF8.GetBytes(key), TimeProvider.System).Issue(token);

    private static string Describe(AgentSnapshot agent) =>
        $"{agent.Status} {agent.WorkMode} {agent.Reason} {agent.Dn} {agent.Dnd} {agent.ForwardTo} {string.Join(',', agent.Queues)}";

    private static async Task ExpectAsync(HttpResponseMessage response, int status, string slug, string what)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True((int)response.StatusCode == status && body.Contains($"urn:voice:problem:{slug}", StringComparison.Ordinal),
            $"{what}: expected {status} {slug}, got {(int)response.StatusCode} {body}");
    }

    private static HttpRequestMessage Request(string method, string path, string? json) =>
        new(new HttpMethod(method), path) { Content = json is null ? null : RestJson.Raw(json) };
}
