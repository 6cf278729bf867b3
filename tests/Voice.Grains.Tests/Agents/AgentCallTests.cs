using Microsoft.Extensions.DependencyInjection;
using Voice.Grains.Agents;
using Voice.Grains.Contracts.Agents;
using Voice.Grains.Tests.Support;
using Voice.Runtime;
using Voice.Runtime.Reminders;
using static Voice.Grains.Tests.Agents.AgentTestData;

namespace Voice.Grains.Tests.Agents;

/// <summary>Busy while on calls, after-call work by reminder on fake time, and the return to the state before the call.</summary>
public sealed class AgentCallTests
{
    private static readonly TimeSpan DefaultAcw = new AgentOptions().AfterCallWork;

    [Fact]
    public async Task CallStarted_MakesTheAgentBusy_WithoutAnAgentEvent()
    {
        await using var host = new GrainsHost();
        var agent = await LoggedInAsync(host);
        host.Time.Advance(TimeSpan.FromSeconds(3));

        var result = await agent.CallStartedAsync(CallA);

        AssertOk(result);
        Assert.Equal((AgentStatus.Busy, AgentWorkMode.AutoIn, host.Time.GetUtcNow()), (result.Agent.Status, result.Agent.WorkMode, result.Agent.Since));
        Assert.Equal([CallA], result.Agent.ActiveCalls);
        Assert.Equal([AgentEventIds.Login, AgentEventIds.Ready], await EventIdsAsync(host));
    }

    [Fact]
    public async Task CallStarted_Twice_IsIdempotent()
    {
        await using var host = new GrainsHost();
        var agent = await LoggedInAsync(host);
        await agent.CallStartedAsync(CallA);
        host.Time.Advance(TimeSpan.FromSeconds(3));

        var again = await agent.CallStartedAsync(CallA);

        Assert.Equal([CallA], again.Agent.ActiveCalls);
        Assert.Equal(host.Time.GetUtcNow() - TimeSpan.FromSeconds(3), again.Agent.Since);
    }

    [Fact]
    public async Task CallStarted_WhenLoggedOut_IsRefused()
    {
        await using var host = new GrainsHost();
        await SetUpAsync(host);

        AssertRefused(AgentErrorCode.NotLoggedIn, await Agent(host).CallStartedAsync(CallA));
        AssertRefused(AgentErrorCode.InvalidArgument, await (await LoggedInAsync(host)).CallStartedAsync(""));
    }

    [Fact]
    public async Task CallEnded_StartsAfterCallWork_WithTheDefaultTime()
    {
        await using var host = new GrainsHost();
        var agent = await LoggedInAsync(host);
        await agent.CallStartedAsync(CallA);

        var result = await agent.CallEndedAsync(CallA, null);

        Assert.Equal((AgentStatus.NotReady, AgentWorkMode.AfterCallWork), (result.Agent.Status, result.Agent.WorkMode));
        Assert.Equal(host.Time.GetUtcNow() + DefaultAcw, result.Agent.AfterCallWorkEndsAt);
        Assert.Empty(result.Agent.ActiveCalls);
        var acw = (await EventsAsync(host))[^1];
        Assert.Equal((AgentEventIds.NotReady, AgentWorkMode.AfterCallWork), (acw.Id, acw.AgentWorkMode));
        Assert.Equal(AgentGrain.CallEndedCause, acw.Reasons![AgentGrain.CauseKey]);
    }

    [Fact]
    public async Task CallEnded_UsesTheTenantsAfterCallWork_WhenItSetsOne()
    {
        await using var host = new GrainsHost();
        var agent = await LoggedInAsync(host);
        var demo = Support.TestConfigs.Demo() with { AfterCallWorkSec = 3 };
        Assert.True((await host.Tenant("demo").ApplyAsync(demo)).Applied);
        await agent.CallStartedAsync(CallA);

        var result = await agent.CallEndedAsync(CallA, null);
        host.Time.Advance(TimeSpan.FromSeconds(3));
        var after = await agent.GetAsync();

        Assert.Equal(host.Time.GetUtcNow(), result.Agent.AfterCallWorkEndsAt);
        Assert.Equal(AgentStatus.Ready, after.Status);
    }

    [Fact]
    public async Task AfterCallWork_EndsByReminder_BackToThePreviousReadyMode()
    {
        await using var host = new GrainsHost();
        var agent = await LoggedInAsync(host, AgentWorkMode.ManualIn);
        await agent.CallStartedAsync(CallA);
        await agent.CallEndedAsync(CallA, null);

        host.Time.Advance(DefaultAcw - TimeSpan.FromSeconds(1));
        var during = await agent.GetAsync();
        host.Time.Advance(TimeSpan.FromSeconds(1));
        var after = await agent.GetAsync();

        Assert.Equal(AgentWorkMode.AfterCallWork, during.WorkMode);
        Assert.Equal((AgentStatus.Ready, AgentWorkMode.ManualIn, null), (after.Status, after.WorkMode, after.AfterCallWorkEndsAt));
        var ready = (await EventsAsync(host))[^1];
        Assert.Equal((AgentEventIds.Ready, AgentWorkMode.ManualIn), (ready.Id, ready.AgentWorkMode));
        Assert.Equal(AgentGrain.AfterCallWorkEndedCause, ready.Reasons![AgentGrain.CauseKey]);
        Assert.Empty(await RemindersAsync(host));
    }

    [Fact]
    public async Task AfterCallWork_PerCallTime_OverridesTheDefault()
    {
        await using var host = new GrainsHost();
        var agent = await LoggedInAsync(host);
        await agent.CallStartedAsync(CallA);
        await agent.CallEndedAsync(CallA, TimeSpan.FromSeconds(3));

        host.Time.Advance(TimeSpan.FromSeconds(3));

        Assert.Equal(AgentStatus.Ready, (await agent.GetAsync()).Status);
    }

    [Fact]
    public async Task AfterCallWork_DefaultComesFromOptions()
    {
        await using var host = new GrainsHost(configure: s => s.Configure<AgentOptions>(o => o.AfterCallWork = TimeSpan.FromSeconds(45)));
        var agent = await LoggedInAsync(host);
        await agent.CallStartedAsync(CallA);

        var result = await agent.CallEndedAsync(CallA, null);
        host.Time.Advance(TimeSpan.FromSeconds(44));
        var during = await agent.GetAsync();
        host.Time.Advance(TimeSpan.FromSeconds(1));

        Assert.Equal(host.Time.GetUtcNow(), result.Agent.AfterCallWorkEndsAt);
        Assert.Equal(AgentStatus.NotReady, during.Status);
        Assert.Equal(AgentStatus.Ready, (await agent.GetAsync()).Status);
    }

    [Fact]
    public async Task AfterCallWork_Zero_ReturnsStraightToReady()
    {
        await using var host = new GrainsHost();
        var agent = await LoggedInAsync(host);
        await agent.CallStartedAsync(CallA);

        var result = await agent.CallEndedAsync(CallA, TimeSpan.Zero);

        Assert.Equal((AgentStatus.Ready, AgentWorkMode.AutoIn), (result.Agent.Status, result.Agent.WorkMode));
        var ready = (await EventsAsync(host))[^1];
        Assert.Equal((AgentEventIds.Ready, AgentGrain.CallEndedCause), (ready.Id, ready.Reasons![AgentGrain.CauseKey]));
        Assert.Empty(await RemindersAsync(host));
    }

    [Fact]
    public async Task AfterCallWork_NegativeTime_CountsAsZero()
    {
        await using var host = new GrainsHost();
        var agent = await LoggedInAsync(host);
        await agent.CallStartedAsync(CallA);

        Assert.Equal(AgentStatus.Ready, (await agent.CallEndedAsync(CallA, TimeSpan.FromSeconds(-5))).Agent.Status);
    }

    [Fact]
    public async Task CallFromNotReady_ReturnsToThatNotReadyWithItsReason()
    {
        await using var host = new GrainsHost();
        var agent = await LoggedInAsync(host);
        await agent.NotReadyAsync("training", AgentWorkMode.WalkAway);
        await agent.CallStartedAsync(CallA);
        await agent.CallEndedAsync(CallA, null);

        host.Time.Advance(DefaultAcw);
        var after = await agent.GetAsync();

        Assert.Equal((AgentStatus.NotReady, AgentWorkMode.WalkAway, "training"), (after.Status, after.WorkMode, after.Reason));
        var back = (await EventsAsync(host))[^1];
        Assert.Equal((AgentEventIds.NotReady, "training"), (back.Id, back.Reasons![AgentGrain.ReasonCodeKey]));
    }

    [Fact]
    public async Task NotReadyWhileBusy_IsWhereTheAgentReturns_WithNoEventDuringTheCall()
    {
        await using var host = new GrainsHost();
        var agent = await LoggedInAsync(host);
        await agent.CallStartedAsync(CallA);

        var during = await agent.NotReadyAsync("meeting", AgentWorkMode.AuxWork);
        var eventsDuring = await EventIdsAsync(host);
        await agent.CallEndedAsync(CallA, TimeSpan.Zero);

        Assert.Equal((AgentStatus.Busy, AgentWorkMode.AuxWork), (during.Agent.Status, during.Agent.WorkMode));
        Assert.Equal([AgentEventIds.Login, AgentEventIds.Ready], eventsDuring);
        var after = await agent.GetAsync();
        Assert.Equal((AgentStatus.NotReady, "meeting"), (after.Status, after.Reason));
    }

    [Fact]
    public async Task ReadyDuringAfterCallWork_EndsItAtOnce()
    {
        await using var host = new GrainsHost();
        var agent = await LoggedInAsync(host, AgentWorkMode.AuxWork);
        await agent.CallStartedAsync(CallA);
        await agent.CallEndedAsync(CallA, null);

        var ready = await agent.ReadyAsync(AgentWorkMode.AutoIn);
        host.Time.Advance(DefaultAcw);

        Assert.Equal((AgentStatus.Ready, null), (ready.Agent.Status, ready.Agent.AfterCallWorkEndsAt));
        Assert.Empty(await RemindersAsync(host));
        Assert.Equal(AgentEventIds.Ready, (await EventIdsAsync(host))[^1]);
        Assert.Equal(AgentStatus.Ready, (await agent.GetAsync()).Status);
    }

    [Fact]
    public async Task TwoCalls_BusyUntilTheLastEnds()
    {
        await using var host = new GrainsHost();
        var agent = await LoggedInAsync(host);
        await agent.CallStartedAsync(CallA);
        await agent.CallStartedAsync(CallB);

        var afterFirst = await agent.CallEndedAsync(CallA, null);
        var afterSecond = await agent.CallEndedAsync(CallB, TimeSpan.Zero);

        Assert.Equal((AgentStatus.Busy, 1), (afterFirst.Agent.Status, afterFirst.Agent.ActiveCalls.Count));
        Assert.Equal(AgentStatus.Ready, afterSecond.Agent.Status);
    }

    [Fact]
    public async Task CallDuringAfterCallWork_ReturnsToTheStateBeforeTheFirstCall()
    {
        await using var host = new GrainsHost();
        var agent = await LoggedInAsync(host, AgentWorkMode.ManualIn);
        await agent.CallStartedAsync(CallA);
        await agent.CallEndedAsync(CallA, null);

        var busy = await agent.CallStartedAsync(CallB);
        await agent.CallEndedAsync(CallB, TimeSpan.Zero);

        Assert.Equal((AgentStatus.Busy, AgentWorkMode.ManualIn, null), (busy.Agent.Status, busy.Agent.WorkMode, busy.Agent.AfterCallWorkEndsAt));
        var after = await agent.GetAsync();
        Assert.Equal((AgentStatus.Ready, AgentWorkMode.ManualIn), (after.Status, after.WorkMode));
        Assert.DoesNotContain(await RemindersAsync(host), r => r.Name == AgentGrain.AfterCallWorkReminder);
    }

    [Fact]
    public async Task CallEnded_ForAnUnknownCall_ChangesNothing()
    {
        await using var host = new GrainsHost();
        var agent = await LoggedInAsync(host);
        await agent.CallStartedAsync(CallA);

        var result = await agent.CallEndedAsync(CallB, null);

        AssertOk(result);
        Assert.Equal(AgentStatus.Busy, result.Agent.Status);
        Assert.Equal([AgentEventIds.Login, AgentEventIds.Ready], await EventIdsAsync(host));
    }

    [Fact]
    public async Task CallEnded_Repeated_PublishesOnce()
    {
        await using var host = new GrainsHost();
        var agent = await LoggedInAsync(host);
        await agent.CallStartedAsync(CallA);

        await agent.CallEndedAsync(CallA, null);
        await agent.CallEndedAsync(CallA, null);

        Assert.Equal([AgentEventIds.Login, AgentEventIds.Ready, AgentEventIds.NotReady], await EventIdsAsync(host));
    }

    [Fact]
    public async Task LogoutDuringAfterCallWork_DropsTheTimer()
    {
        await using var host = new GrainsHost();
        var agent = await LoggedInAsync(host);
        await agent.CallStartedAsync(CallA);
        await agent.CallEndedAsync(CallA, null);

        AssertOk(await agent.LogoutAsync());
        host.Time.Advance(DefaultAcw);

        Assert.Equal(AgentStatus.LoggedOut, (await agent.GetAsync()).Status);
        Assert.Empty(await RemindersAsync(host));
        Assert.Equal(AgentEventIds.Logout, (await EventIdsAsync(host))[^1]);
    }

    [Fact]
    public async Task ManualAfterCallWork_AskedByTheAgent_HasNoTimer()
    {
        await using var host = new GrainsHost();
        var agent = await LoggedInAsync(host);

        var result = await agent.NotReadyAsync(null, AgentWorkMode.AfterCallWork);
        host.Time.Advance(TimeSpan.FromHours(1));

        Assert.Null(result.Agent.AfterCallWorkEndsAt);
        Assert.Empty(await RemindersAsync(host));
        Assert.Equal(AgentWorkMode.AfterCallWork, (await agent.GetAsync()).WorkMode);
    }

    [Fact]
    public async Task ReadyWhileBusy_IsTheModeAfterAfterCallWork()
    {
        await using var host = new GrainsHost();
        var agent = await LoggedInAsync(host, AgentWorkMode.AuxWork);
        await agent.CallStartedAsync(CallA);
        await agent.ReadyAsync(AgentWorkMode.ManualIn);
        await agent.CallEndedAsync(CallA, null);

        host.Time.Advance(DefaultAcw);
        var after = await agent.GetAsync();

        Assert.Equal((AgentStatus.Ready, AgentWorkMode.ManualIn), (after.Status, after.WorkMode));
        Assert.Equal([AgentEventIds.Login, AgentEventIds.NotReady, AgentEventIds.NotReady, AgentEventIds.Ready], await EventIdsAsync(host));
    }

    private static Task<IReadOnlyList<ReminderRegistration>> RemindersAsync(GrainsHost host) =>
        host.Runtime.Reminders.GetRemindersAsync(new GrainId("agent", Key1));
}
