using Voice.Grains.Agents;
using Voice.Grains.Contracts.Agents;
using Voice.Grains.Contracts.Calls;
using Voice.Grains.Tests.Calls;
using Voice.Grains.Tests.Support;
using Voice.Runtime;
using static Voice.Grains.Tests.Agents.AgentTestData;

namespace Voice.Grains.Tests.Agents;

/// <summary>
/// "Never Busy without a call": the periodic sweep asks each call thread and releases the agent from calls that are
/// over; and everything (state, timers, sequence numbers) survives the activation moving.
/// </summary>
public sealed class AgentSweepAndPersistenceTests
{
    private static readonly AgentOptions Defaults = new();

    [Fact]
    public async Task Sweep_CallThreadThatDoesNotExist_ReleasesTheAgentIntoAfterCallWork()
    {
        await using var host = new GrainsHost();
        var agent = await LoggedInAsync(host);
        await agent.CallStartedAsync(CallA);

        host.Time.Advance(Defaults.CallSweepPeriod);
        var swept = await agent.GetAsync();

        Assert.Equal((AgentStatus.NotReady, AgentWorkMode.AfterCallWork), (swept.Status, swept.WorkMode));
        Assert.Empty(swept.ActiveCalls);
        Assert.Equal(AgentGrain.StaleCallCause, (await EventsAsync(host))[^1].Reasons![AgentGrain.CauseKey]);
        host.Time.Advance(Defaults.AfterCallWork);
        Assert.Equal(AgentStatus.Ready, (await agent.GetAsync()).Status);
        Assert.Empty(await RemindersAsync(host));
    }

    [Fact]
    public async Task Sweep_LiveCall_IsKept_ThenDroppedOnceReleased()
    {
        await using var host = new GrainsHost();
        await CallTestData.SetUpAsync(host, "sip:1002@192.0.2.20:5060");
        var agent = Agent(host, "agent1002"); // the agent on the called DN: a party of the call
        AssertOk(await agent.LoginAsync(new AgentLoginRequest(null, null, AgentWorkMode.AutoIn)));
        var call = host.Call(CallTestData.Key);
        await call.OfferAsync(CallTestData.TrunkOffer());
        await call.OnLegResponseAsync(CallTestData.Response("b1", 200, "callee-tag", CallTestData.Answer));
        await agent.CallStartedAsync(CallTestData.Key);

        host.Time.Advance(Defaults.CallSweepPeriod);
        var whileLive = await agent.GetAsync();
        await call.OnInDialogRequestAsync(CallTestData.FromCaller("BYE", 2));
        Assert.Equal(CallPhase.Released, (await call.GetAsync()).Phase);
        host.Time.Advance(Defaults.CallSweepPeriod);
        var afterRelease = await agent.GetAsync();

        Assert.Equal((AgentStatus.Busy, 1), (whileLive.Status, whileLive.ActiveCalls.Count));
        Assert.NotEqual(AgentStatus.Busy, afterRelease.Status); // by the call's own notice or, failing that, the sweep
        Assert.Empty(afterRelease.ActiveCalls);
    }

    [Fact]
    public async Task Sweep_UnansweredCallThatTimedOut_ReleasesTheAgent()
    {
        await using var host = new GrainsHost();
        await CallTestData.SetUpAsync(host, "sip:1002@192.0.2.20:5060");
        var agent = Agent(host);
        await agent.LoginAsync(new AgentLoginRequest(null, null, AgentWorkMode.AutoIn));
        await host.Call(CallTestData.Key).OfferAsync(CallTestData.TrunkOffer());
        await agent.CallStartedAsync(CallTestData.Key);

        host.Time.Advance(Defaults.CallSweepPeriod);

        Assert.NotEqual(AgentStatus.Busy, (await agent.GetAsync()).Status);
    }

    [Fact]
    public async Task Sweep_OnlyDropsTheCallsThatAreOver()
    {
        await using var host = new GrainsHost();
        await CallTestData.SetUpAsync(host, "sip:1002@192.0.2.20:5060");
        var agent = Agent(host, "agent1002"); // the agent on the called DN: a party of the call
        await agent.LoginAsync(new AgentLoginRequest(null, null, AgentWorkMode.AutoIn));
        var call = host.Call(CallTestData.Key);
        await call.OfferAsync(CallTestData.TrunkOffer());
        await call.OnLegResponseAsync(CallTestData.Response("b1", 200, "callee-tag", CallTestData.Answer));
        await agent.CallStartedAsync(CallTestData.Key);
        await agent.CallStartedAsync(CallA);

        host.Time.Advance(Defaults.CallSweepPeriod);
        var swept = await agent.GetAsync();

        Assert.Equal(AgentStatus.Busy, swept.Status);
        Assert.Equal([CallTestData.Key], swept.ActiveCalls);
    }

    [Fact]
    public async Task Sweep_IsArmedOnlyWhileBusy()
    {
        await using var host = new GrainsHost();
        var agent = await LoggedInAsync(host);
        var idle = await RemindersAsync(host);
        await agent.CallStartedAsync(CallA);
        var busy = await RemindersAsync(host);
        await agent.CallEndedAsync(CallA, TimeSpan.Zero);

        Assert.Empty(idle);
        Assert.Equal(AgentGrain.CallSweepReminder, Assert.Single(busy).Name);
        Assert.Empty(await RemindersAsync(host));
    }

    [Fact]
    public async Task Sweep_RunsAfterDeactivation()
    {
        await using var host = new GrainsHost();
        var agent = await LoggedInAsync(host);
        await agent.CallStartedAsync(CallA);
        await host.DeactivateAsync("agent", Key1);

        host.Time.Advance(Defaults.CallSweepPeriod);

        Assert.Equal(AgentWorkMode.AfterCallWork, (await Agent(host).GetAsync()).WorkMode);
    }

    [Fact]
    public async Task State_SurvivesDeactivation_AndSeqContinues()
    {
        await using var host = new GrainsHost();
        var agent = await LoggedInAsync(host, AgentWorkMode.ManualIn, "sales");
        await agent.SetDndAsync(true);
        await agent.SetForwardAsync("1007");
        await agent.CallStartedAsync(CallA);
        var before = await agent.GetAsync();

        await host.DeactivateAsync("agent", Key1);
        var after = await Agent(host).GetAsync();
        await Agent(host).SetDndAsync(false);

        Assert.Equal(before with { Queues = [], ActiveCalls = [] }, after with { Queues = [], ActiveCalls = [] });
        Assert.Equal(["sales"], after.Queues);
        Assert.Equal([CallA], after.ActiveCalls);
        Assert.Equal(5L, (await EventsAsync(host))[^1].Seq);
    }

    [Fact]
    public async Task AfterCallWork_EndsAfterDeactivation()
    {
        await using var host = new GrainsHost();
        var agent = await LoggedInAsync(host);
        await agent.CallStartedAsync(CallA);
        await agent.CallEndedAsync(CallA, null);
        await host.DeactivateAsync("agent", Key1);

        host.Time.Advance(Defaults.AfterCallWork);

        Assert.Equal(AgentStatus.Ready, (await Agent(host).GetAsync()).Status);
        Assert.Equal([1L, 2L, 3L, 4L], (await EventsAsync(host)).Select(e => e.Seq));
    }

    [Fact]
    public async Task State_IsSharedByHostsOnOneStore()
    {
        await using var first = new GrainsHost();
        await LoggedInAsync(first);
        await using var second = new GrainsHost(first.Storage);

        var seen = await Agent(second).GetAsync();

        Assert.Equal((AgentStatus.Ready, "1001"), (seen.Status, seen.Dn));
    }

    private static Task<IReadOnlyList<Runtime.Reminders.ReminderRegistration>> RemindersAsync(GrainsHost host) =>
        host.Runtime.Reminders.GetRemindersAsync(new GrainId("agent", Key1));
}
