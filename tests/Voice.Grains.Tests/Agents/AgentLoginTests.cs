using Voice.Grains.Contracts.Agents;
using Voice.Grains.Contracts.Registrar;
using Voice.Grains.Contracts.Tenancy;
using Voice.Grains.Tests.Support;
using static Voice.Grains.Tests.Agents.AgentTestData;

namespace Voice.Grains.Tests.Agents;

public sealed class AgentLoginTests
{
    [Fact]
    public async Task Login_WithoutDnOrMode_UsesDefaultDnAndIsNotReadyAuxWork()
    {
        await using var host = new GrainsHost();
        await SetUpAsync(host);

        var result = await Agent(host).LoginAsync(new AgentLoginRequest(null));

        AssertOk(result);
        Assert.Equal((AgentStatus.NotReady, AgentWorkMode.AuxWork, "1001"), (result.Agent.Status, result.Agent.WorkMode, result.Agent.Dn));
        Assert.Equal(host.Time.GetUtcNow(), result.Agent.Since);
        Assert.Equal([AgentEventIds.Login, AgentEventIds.NotReady], await EventIdsAsync(host));
    }

    [Fact]
    public async Task Login_AutoIn_IsReadyAndPublishesLoginThenReady()
    {
        await using var host = new GrainsHost();
        await SetUpAsync(host);

        var result = await Agent(host).LoginAsync(new AgentLoginRequest("1005", null, AgentWorkMode.AutoIn));

        AssertOk(result);
        Assert.Equal((AgentStatus.Ready, AgentWorkMode.AutoIn, "1005"), (result.Agent.Status, result.Agent.WorkMode, result.Agent.Dn));
        var events = await EventsAsync(host);
        Assert.Equal([AgentEventIds.Login, AgentEventIds.Ready], events.Select(e => e.Id));
        Assert.All(events, e => Assert.Equal(("demo", Agent1, "1005", AgentWorkMode.AutoIn), (e.CustomerId, e.AgentId, e.ThisDn, e.AgentWorkMode)));
    }

    [Fact]
    public async Task Login_ToOneQueue_EventsCarryThisQueue()
    {
        await using var host = new GrainsHost();
        await SetUpAsync(host);

        var result = await Agent(host).LoginAsync(new AgentLoginRequest(null, ["sales", "sales"]));

        Assert.Equal(["sales"], result.Agent.Queues);
        var login = (await EventsAsync(host))[0];
        Assert.Equal("sales", login.ThisQueue);
        Assert.Equal(["sales"], login.Queues!);
    }

    [Fact]
    public async Task Login_ToTwoQueues_EventsListThemWithoutThisQueue()
    {
        await using var host = new GrainsHost();
        await SetUpAsync(host);

        await Agent(host).LoginAsync(new AgentLoginRequest(null, ["sales", "support"]));

        var login = (await EventsAsync(host))[0];
        Assert.Null(login.ThisQueue);
        Assert.Equal(["sales", "support"], login.Queues!);
    }

    [Fact]
    public async Task Login_TenantWithoutConfiguration_IsRefused()
    {
        await using var host = new GrainsHost();

        AssertRefused(AgentErrorCode.UnknownTenant, await Agent(host).LoginAsync(new AgentLoginRequest("1001")));
        Assert.Empty(await EventsAsync(host));
    }

    [Fact]
    public async Task Login_UnknownAgent_IsRefused()
    {
        await using var host = new GrainsHost();
        await SetUpAsync(host);

        var result = await Agent(host, "ghost").LoginAsync(new AgentLoginRequest("1001"));

        AssertRefused(AgentErrorCode.UnknownAgent, result);
        Assert.Equal(AgentStatus.LoggedOut, result.Agent.Status);
        Assert.Empty(await EventsAsync(host, "demo:ghost"));
    }

    [Theory]
    [InlineData("5000")]
    [InlineData("6001")]
    [InlineData("9999")]
    public async Task Login_DnNotAnExtension_IsRefusedAndNothingChanges(string dn)
    {
        await using var host = new GrainsHost();
        await SetUpAsync(host);

        var result = await Agent(host).LoginAsync(new AgentLoginRequest(dn));

        AssertRefused(AgentErrorCode.DnNotExtension, result);
        Assert.Equal(AgentStatus.LoggedOut, (await Agent(host).GetAsync()).Status);
        Assert.Null((await host.Device($"demo:{dn}").GetRoutingAsync()).AgentId);
    }

    [Fact]
    public async Task Login_UnknownQueue_IsRefusedNamingIt()
    {
        await using var host = new GrainsHost();
        await SetUpAsync(host);

        var result = await Agent(host).LoginAsync(new AgentLoginRequest(null, ["sales", "nope"]));

        AssertRefused(AgentErrorCode.UnknownQueue, result);
        Assert.Contains("'nope'", result.Message, StringComparison.Ordinal);
        Assert.Null((await host.Device("demo:1001").GetRoutingAsync()).AgentId);
    }

    [Fact]
    public async Task Login_AgentWithoutDefaultDn_NeedsADn()
    {
        await using var host = new GrainsHost();
        await SetUpAsync(host, c => c with { Agents = [.. c.Agents, new AgentConfig("floater", "floater", TestConfigs.Hash("x"), [])] });

        AssertRefused(AgentErrorCode.DnRequired, await Agent(host, "floater").LoginAsync(new AgentLoginRequest(null)));
        AssertOk(await Agent(host, "floater").LoginAsync(new AgentLoginRequest("1009")));
    }

    [Fact]
    public async Task Login_UnknownWorkMode_IsRefused()
    {
        await using var host = new GrainsHost();
        await SetUpAsync(host);

        AssertRefused(AgentErrorCode.InvalidWorkMode, await Agent(host).LoginAsync(new AgentLoginRequest(null, null, AgentWorkMode.Unknown)));
    }

    [Fact]
    public async Task Login_DnHeldByAnotherLoggedInAgent_IsRefusedAndTheLinkStays()
    {
        await using var host = new GrainsHost();
        await SetUpAsync(host);
        AssertOk(await Agent(host, Agent2).LoginAsync(new AgentLoginRequest("1001")));

        var result = await Agent(host).LoginAsync(new AgentLoginRequest("1001"));

        AssertRefused(AgentErrorCode.DnInUse, result);
        Assert.Contains(Agent2, result.Message, StringComparison.Ordinal);
        Assert.Equal(Agent2, (await host.Device("demo:1001").GetRoutingAsync()).AgentId);
        Assert.Empty(await EventsAsync(host));
    }

    [Fact]
    public async Task Login_DnLinkLeftByAnAgentNoLongerOnIt_IsTakenOver()
    {
        await using var host = new GrainsHost();
        await SetUpAsync(host);
        // A link whose holder never logged in on it: what a lost logout leaves behind.
        await host.Device("demo:1001").AttachAgentAsync(Agent2);

        AssertOk(await Agent(host).LoginAsync(new AgentLoginRequest("1001")));

        Assert.Equal(Agent1, (await host.Device("demo:1001").GetRoutingAsync()).AgentId);
    }

    [Fact]
    public async Task Login_WhenLoggedIn_IsRefused()
    {
        await using var host = new GrainsHost();
        var agent = await LoggedInAsync(host);

        AssertRefused(AgentErrorCode.AlreadyLoggedIn, await agent.LoginAsync(new AgentLoginRequest("1004")));
        Assert.Equal("1001", (await agent.GetAsync()).Dn);
    }

    [Fact]
    public async Task Login_LinksTheDnForRouting_WithItsBindings()
    {
        await using var host = new GrainsHost();
        await SetUpAsync(host);
        await host.Device("demo:1001").RegisterAsync(new RegisterRequest([new RegisterContact("sip:1001@192.0.2.30:5060", null, null)], 300, "r", 1, "udp:192.0.2.30:5060"));

        await Agent(host).LoginAsync(new AgentLoginRequest(null));

        var routing = await host.Device("demo:1001").GetRoutingAsync();
        Assert.Equal(Agent1, routing.AgentId);
        Assert.Equal("sip:1001@192.0.2.30:5060", Assert.Single(routing.Bindings).Uri);
    }

    [Fact]
    public async Task Logout_FreesTheDnAndPublishesWhatWasLeft()
    {
        await using var host = new GrainsHost();
        var agent = await LoggedInAsync(host, AgentWorkMode.ManualIn, "sales");

        var result = await agent.LogoutAsync();

        AssertOk(result);
        Assert.Equal((AgentStatus.LoggedOut, null, 0), (result.Agent.Status, result.Agent.Dn, result.Agent.Queues.Count));
        var logout = (await EventsAsync(host))[^1];
        Assert.Equal((AgentEventIds.Logout, "1001", "sales", AgentWorkMode.ManualIn), (logout.Id, logout.ThisDn, logout.ThisQueue, logout.AgentWorkMode));
        Assert.Null((await host.Device("demo:1001").GetRoutingAsync()).AgentId);
        AssertOk(await Agent(host, Agent2).LoginAsync(new AgentLoginRequest("1001")));
    }

    [Fact]
    public async Task Logout_WhenLoggedOut_IsRefused()
    {
        await using var host = new GrainsHost();
        await SetUpAsync(host);

        AssertRefused(AgentErrorCode.NotLoggedIn, await Agent(host).LogoutAsync());
    }

    [Fact]
    public async Task Logout_OnACall_IsRefusedAndNothingChanges()
    {
        await using var host = new GrainsHost();
        var agent = await LoggedInAsync(host);
        await agent.CallStartedAsync(CallA);

        AssertRefused(AgentErrorCode.OnCall, await agent.LogoutAsync());

        Assert.Equal(AgentStatus.Busy, (await agent.GetAsync()).Status);
        Assert.Equal(Agent1, (await host.Device("demo:1001").GetRoutingAsync()).AgentId);
        Assert.Equal([AgentEventIds.Login, AgentEventIds.Ready], await EventIdsAsync(host));
    }

    [Fact]
    public async Task Logout_OfAnAgentRemovedFromTheConfiguration_StillWorks()
    {
        await using var host = new GrainsHost();
        var agent = await LoggedInAsync(host);
        await SetUpAsync(host, c => c with { Agents = [.. c.Agents.Where(a => a.AgentId != Agent1)] });

        AssertRefused(AgentErrorCode.UnknownAgent, await agent.ReadyAsync(AgentWorkMode.ManualIn));
        AssertOk(await agent.LogoutAsync());
    }
}
