using Voice.Grains.Agents;
using Voice.Grains.Contracts.Agents;
using Voice.Grains.Tests.Support;
using static Voice.Grains.Tests.Agents.AgentTestData;

namespace Voice.Grains.Tests.Agents;

public sealed class AgentStatusTests
{
    [Fact]
    public async Task Ready_FromNotReady_PublishesReadyInTheMode()
    {
        await using var host = new GrainsHost();
        var agent = await LoggedInAsync(host, AgentWorkMode.AuxWork);
        host.Time.Advance(TimeSpan.FromSeconds(5));

        var result = await agent.ReadyAsync(AgentWorkMode.ManualIn);

        AssertOk(result);
        Assert.Equal((AgentStatus.Ready, AgentWorkMode.ManualIn, host.Time.GetUtcNow()), (result.Agent.Status, result.Agent.WorkMode, result.Agent.Since));
        var ready = (await EventsAsync(host))[^1];
        Assert.Equal((AgentEventIds.Ready, AgentWorkMode.ManualIn), (ready.Id, ready.AgentWorkMode));
    }

    [Theory]
    [InlineData(AgentWorkMode.AuxWork)]
    [InlineData(AgentWorkMode.AfterCallWork)]
    [InlineData(AgentWorkMode.Unknown)]
    public async Task Ready_WithANotReadyMode_IsRefused(AgentWorkMode mode)
    {
        await using var host = new GrainsHost();
        var agent = await LoggedInAsync(host, AgentWorkMode.AuxWork);

        AssertRefused(AgentErrorCode.InvalidWorkMode, await agent.ReadyAsync(mode));
        Assert.Equal(AgentStatus.NotReady, (await agent.GetAsync()).Status);
    }

    [Fact]
    public async Task NotReady_WithReason_PublishesReasonCodeAndMode()
    {
        await using var host = new GrainsHost();
        var agent = await LoggedInAsync(host);

        var result = await agent.NotReadyAsync("lunch", AgentWorkMode.WalkAway);

        Assert.Equal((AgentStatus.NotReady, AgentWorkMode.WalkAway, "lunch"), (result.Agent.Status, result.Agent.WorkMode, result.Agent.Reason));
        var notReady = (await EventsAsync(host))[^1];
        Assert.Equal((AgentEventIds.NotReady, AgentWorkMode.WalkAway), (notReady.Id, notReady.AgentWorkMode));
        Assert.Equal("lunch", notReady.Reasons![AgentGrain.ReasonCodeKey]);
    }

    [Fact]
    public async Task NotReady_WithoutReason_PublishesNoReasons()
    {
        await using var host = new GrainsHost();
        var agent = await LoggedInAsync(host);

        AssertOk(await agent.NotReadyAsync(null, AgentWorkMode.AuxWork));

        Assert.Null((await EventsAsync(host))[^1].Reasons);
    }

    [Theory]
    [InlineData(AgentWorkMode.AutoIn)]
    [InlineData(AgentWorkMode.ManualIn)]
    [InlineData(AgentWorkMode.Unknown)]
    public async Task NotReady_WithAReadyMode_IsRefused(AgentWorkMode mode)
    {
        await using var host = new GrainsHost();
        var agent = await LoggedInAsync(host);

        AssertRefused(AgentErrorCode.InvalidWorkMode, await agent.NotReadyAsync("x", mode));
        Assert.Equal(AgentStatus.Ready, (await agent.GetAsync()).Status);
    }

    [Fact]
    public async Task ReadyAndNotReady_WhenLoggedOut_AreRefused()
    {
        await using var host = new GrainsHost();
        await SetUpAsync(host);
        var agent = Agent(host);

        AssertRefused(AgentErrorCode.NotLoggedIn, await agent.ReadyAsync(AgentWorkMode.AutoIn));
        AssertRefused(AgentErrorCode.NotLoggedIn, await agent.NotReadyAsync(null, AgentWorkMode.AuxWork));
        Assert.Empty(await EventsAsync(host));
    }

    [Fact]
    public async Task Dnd_OnThenOff_PublishesBoth_RepeatIsANoOp()
    {
        await using var host = new GrainsHost();
        var agent = await LoggedInAsync(host);

        Assert.True((await agent.SetDndAsync(true)).Agent.Dnd);
        AssertOk(await agent.SetDndAsync(true));
        Assert.False((await agent.SetDndAsync(false)).Agent.Dnd);

        Assert.Equal([AgentEventIds.Login, AgentEventIds.Ready, AgentEventIds.DndOn, AgentEventIds.DndOff], await EventIdsAsync(host));
    }

    [Fact]
    public async Task Dnd_WhenLoggedOut_IsRefused()
    {
        await using var host = new GrainsHost();
        await SetUpAsync(host);

        AssertRefused(AgentErrorCode.NotLoggedIn, await Agent(host).SetDndAsync(true));
    }

    [Fact]
    public async Task Forward_SetThenCancel_PublishesTheTarget()
    {
        await using var host = new GrainsHost();
        var agent = await LoggedInAsync(host);

        Assert.Equal("1007", (await agent.SetForwardAsync("1007")).Agent.ForwardTo);
        Assert.Null((await agent.CancelForwardAsync()).Agent.ForwardTo);

        var events = await EventsAsync(host);
        Assert.Equal([AgentEventIds.ForwardSet, AgentEventIds.ForwardCancel], events.Skip(2).Select(e => e.Id));
        Assert.Equal("1007", events[2].Extensions!["ForwardTo"]);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData("1001")]
    public async Task Forward_ToNothingOrToItself_IsRefused(string target)
    {
        await using var host = new GrainsHost();
        var agent = await LoggedInAsync(host);

        AssertRefused(AgentErrorCode.InvalidArgument, await agent.SetForwardAsync(target));
        Assert.Null((await agent.GetAsync()).ForwardTo);
    }

    [Fact]
    public async Task CancelForward_WhenNoneSet_PublishesNothing()
    {
        await using var host = new GrainsHost();
        var agent = await LoggedInAsync(host);

        AssertOk(await agent.CancelForwardAsync());

        Assert.Equal([AgentEventIds.Login, AgentEventIds.Ready], await EventIdsAsync(host));
    }

    [Fact]
    public async Task Forward_WhenLoggedOut_IsRefused()
    {
        await using var host = new GrainsHost();
        await SetUpAsync(host);

        AssertRefused(AgentErrorCode.NotLoggedIn, await Agent(host).SetForwardAsync("1007"));
        AssertRefused(AgentErrorCode.NotLoggedIn, await Agent(host).CancelForwardAsync());
    }

    [Fact]
    public async Task Events_CarryPerKeySeqMatchingTheLog_AndOtherAgentsCountApart()
    {
        await using var host = new GrainsHost();
        var agent = await LoggedInAsync(host);
        await agent.NotReadyAsync("break", AgentWorkMode.AuxWork);
        await agent.SetDndAsync(true);
        await agent.LogoutAsync();
        await Agent(host, Agent2).LoginAsync(new AgentLoginRequest(null));

        var events = await EventsWithSeqAsync(host);

        Assert.Equal(
            [(AgentEventIds.Login, 1L), (AgentEventIds.Ready, 2L), (AgentEventIds.NotReady, 3L), (AgentEventIds.DndOn, 4L), (AgentEventIds.Logout, 5L)],
            events.Select(e => (e.Event.Id, e.Event.Seq)));
        Assert.All(events, e => Assert.Equal(e.LogSeq, e.Event.Seq));
        Assert.Equal([1L, 2L], (await EventsAsync(host, "demo:agent1002")).Select(e => e.Seq));
    }

    [Fact]
    public async Task Events_CarryTheClockTime()
    {
        await using var host = new GrainsHost();
        var agent = await LoggedInAsync(host);
        host.Time.Advance(TimeSpan.FromMinutes(3));

        await agent.SetDndAsync(true);

        Assert.Equal(host.Time.GetUtcNow(), (await EventsAsync(host))[^1].Time);
    }
}
