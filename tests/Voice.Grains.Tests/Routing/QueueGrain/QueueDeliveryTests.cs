using Voice.Grains.Contracts.Agents;
using Voice.Grains.Contracts.Routing;
using static Voice.Grains.Tests.Routing.QueueGrain.QueueGrainTestData;

namespace Voice.Grains.Tests.Routing.QueueGrain;

/// <summary>Calls wait without a Ready agent, are delivered (reserve, then hand over) when one comes, in priority-then-age order.</summary>
public sealed class QueueDeliveryTests
{
    [Fact]
    public async Task Enqueue_WithNoReadyAgent_Waits()
    {
        var log = new DeliveryLog();
        await using var host = NewHost(log);
        await SetUpAsync(host);
        await LoginAsync(host, "agent1001", AgentWorkMode.AuxWork, Sales);
        await WaitForStatsAsync(host, s => s.AgentsNotReady == 1, "the agent's login notice");

        Assert.Equal(1, await EnqueueAsync(host, C1));
        Assert.Equal(2, await EnqueueAsync(host, C2));
        await SettleAsync(host);
        host.Time.Advance(TimeSpan.FromSeconds(30));

        Assert.Empty(log.Deliveries);
        Assert.Equal(new QueueStats(Sales, 2, 30, 0, 0, 1, 0, 1), await Queue(host).GetStatsAsync());
        Assert.Null((await Agent(host, "agent1001").GetAsync()).Reservation);
    }

    [Fact]
    public async Task AgentBecomingReady_GetsTheWaitingCall_ReservedForTheRingTimePlusMargin()
    {
        var log = new DeliveryLog();
        await using var host = NewHost(log);
        await SetUpAsync(host);
        var agent = await LoginAsync(host, "agent1001", AgentWorkMode.AuxWork, Sales);
        await EnqueueAsync(host, C1);
        await SettleAsync(host);

        await agent.ReadyAsync(AgentWorkMode.ManualIn);
        await WaitForDeliveriesAsync(host, log, 1);

        Assert.Equal((C1, new QueueDelivery(Sales, "agent1001", "1001", TimeSpan.FromSeconds(15))), log.Deliveries.Single());
        Assert.Equal(new AgentReservation(C1, host.Time.GetUtcNow() + TimeSpan.FromSeconds(20)), (await agent.GetAsync()).Reservation);
        Assert.Equal(new QueueStats(Sales, 0, 0, 1, 0, 0, 1, 1), await Queue(host).GetStatsAsync());
    }

    [Fact]
    public async Task Enqueue_WithAReadyAgent_DeliversAtOnce_AndTheAnswerEmptiesTheQueue()
    {
        var log = new DeliveryLog();
        await using var host = NewHost(log);
        await SetUpAsync(host);
        await LoginAsync(host, "agent1001", AgentWorkMode.ManualIn, Sales);
        await WaitForStatsAsync(host, s => s.AgentsReady == 1, "the agent's login notice");

        await EnqueueAsync(host, C1);
        await WaitForDeliveriesAsync(host, log, 1);
        await AnswerAsync(host, C1, "agent1001");
        await WaitForStatsAsync(host, s => s.AgentsBusy == 1 && s.CallsRinging == 0, "the agent busy on the call");

        Assert.Equal(new QueueStats(Sales, 0, 0, 0, 0, 0, 1, 1), await Queue(host).GetStatsAsync());
        Assert.Null((await Agent(host, "agent1001").GetAsync()).Reservation);
    }

    [Fact]
    public async Task Calls_AreDeliveredByPriorityThenAge()
    {
        var log = new DeliveryLog();
        await using var host = NewHost(log);
        await SetUpAsync(host);
        var agent = await LoginAsync(host, "agent1001", AgentWorkMode.AuxWork, Sales);
        await EnqueueAsync(host, C1);
        host.Time.Advance(TimeSpan.FromSeconds(1));
        await EnqueueAsync(host, C2);
        host.Time.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(1, await EnqueueAsync(host, C3, priority: 5));

        await agent.ReadyAsync(AgentWorkMode.ManualIn);
        foreach (var (call, count) in new[] { (C3, 1), (C1, 2), (C2, 3) })
        {
            await WaitForDeliveriesAsync(host, log, count);
            Assert.Equal(call, log.Deliveries[^1].CallKey);
            await AnswerAsync(host, call, "agent1001");
            await EndCallAsync(host, call, "agent1001");
        }

        await SettleAsync(host);
        Assert.Equal([C3, C1, C2], log.Deliveries.Select(d => d.CallKey));
    }

    [Fact]
    public async Task CallNeedingASkill_WaitsForAnAgentWhoHasIt_WithoutHoldingUpTheOthers()
    {
        var log = new DeliveryLog();
        await using var host = NewHost(log);
        await SetUpAsync(host);
        await EnqueueAsync(host, C1, skills: new() { ["sales"] = 9 });
        await EnqueueAsync(host, C2, skills: new() { ["sales"] = 5 });

        await LoginAsync(host, "agent1002", AgentWorkMode.ManualIn, Sales);
        await WaitForDeliveriesAsync(host, log, 1);
        await SettleAsync(host);

        Assert.Equal((C2, "agent1002"), (log.Deliveries.Single().CallKey, log.Deliveries.Single().Delivery.AgentId));
        Assert.Equal(1, (await Queue(host).GetStatsAsync()).CallsWaiting);
    }

    [Fact]
    public async Task RefusedDelivery_DropsTheCall_AndFreesTheAgent()
    {
        var log = new DeliveryLog();
        await using var host = NewHost(log);
        await SetUpAsync(host);
        var agent = await LoginAsync(host, "agent1001", AgentWorkMode.AuxWork, Sales);
        await EnqueueAsync(host, C1);
        await EnqueueAsync(host, C2);
        log.Refusing[C1] = true;

        await agent.ReadyAsync(AgentWorkMode.ManualIn);
        await WaitForDeliveriesAsync(host, log, 1);

        Assert.Equal(C2, log.Deliveries.Single().CallKey);
        Assert.Equal(new AgentReservation(C2, host.Time.GetUtcNow() + TimeSpan.FromSeconds(20)), (await agent.GetAsync()).Reservation);
        Assert.Equal(0, (await Queue(host).GetStatsAsync()).CallsWaiting);
        Assert.False(await Queue(host).RemoveAsync(C1));
    }

    [Fact]
    public async Task BestSkillLevelQueue_PicksTheMostSkilled_WhereLongestIdleWouldNot()
    {
        var log = new DeliveryLog();
        await using var host = NewHost(log);
        await SetUpAsync(host, WithQueue(Sales, d => d with { Selection = "best-skill-level" }));
        await LoginAsync(host, "agent1002", AgentWorkMode.ManualIn, Sales);
        host.Time.Advance(TimeSpan.FromSeconds(10));
        await LoginAsync(host, "agent1001", AgentWorkMode.ManualIn, Sales);
        await WaitForStatsAsync(host, s => s.AgentsReady == 2, "both agents' notices");

        await EnqueueAsync(host, C1, skills: new() { ["sales"] = 1 });
        await WaitForDeliveriesAsync(host, log, 1);

        Assert.Equal("agent1001", log.Deliveries.Single().Delivery.AgentId);
    }

    [Fact]
    public async Task FewestCallsQueue_CountsTheCallsAgentsTook()
    {
        var log = new DeliveryLog();
        await using var host = NewHost(log);
        await SetUpAsync(host, WithQueue(Sales, d => d with { Selection = "fewest-calls", RingTimeoutSec = 30 }));
        var busy = await LoginAsync(host, "agent1001", AgentWorkMode.ManualIn, Sales);
        await busy.CallStartedAsync("demo:0000000000000099");
        await busy.CallEndedAsync("demo:0000000000000099", TimeSpan.Zero);
        host.Time.Advance(TimeSpan.FromSeconds(10));
        await LoginAsync(host, "agent1006", AgentWorkMode.ManualIn, Sales);
        await WaitForStatsAsync(host, s => s.AgentsReady == 2, "both agents' notices");

        await EnqueueAsync(host, C1);
        await WaitForDeliveriesAsync(host, log, 1);

        Assert.Equal(("agent1006", TimeSpan.FromSeconds(30)), (log.Deliveries.Single().Delivery.AgentId, log.Deliveries.Single().Delivery.RingTimeout));
    }
}
