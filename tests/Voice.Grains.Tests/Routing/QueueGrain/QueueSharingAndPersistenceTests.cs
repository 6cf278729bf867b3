using Voice.Grains.Contracts.Agents;
using Voice.Grains.Contracts.Routing;
using static Voice.Grains.Tests.Routing.QueueGrain.QueueGrainTestData;

namespace Voice.Grains.Tests.Routing.QueueGrain;

/// <summary>Agents in several queues, the statistics, and a queue that moves or restarts.</summary>
public sealed class QueueSharingAndPersistenceTests
{
    [Fact]
    public async Task TwoQueuesSharingAnAgent_NeverOfferItTwoCalls()
    {
        var log = new DeliveryLog();
        await using var host = NewHost(log);
        await SetUpAsync(host);
        var agent = await LoginAsync(host, "agent1001", AgentWorkMode.AuxWork, Sales, SupportQueue);
        await EnqueueAsync(host, C1, queueId: Sales);
        await EnqueueAsync(host, C2, queueId: SupportQueue);
        await WaitForStatsAsync(host, s => s.AgentsNotReady == 1, "the sales notice", Sales);
        await WaitForStatsAsync(host, s => s.AgentsNotReady == 1, "the support notice", SupportQueue);

        await agent.ReadyAsync(AgentWorkMode.ManualIn);
        await WaitForDeliveriesAsync(host, log, 1);
        await SettleAsync(host);

        var first = Assert.Single(log.Deliveries);
        Assert.Equal(first.CallKey, (await agent.GetAsync()).Reservation?.CallThreadKey);
        var (firstQueue, otherQueue, otherCall) = first.CallKey == C1 ? (Sales, SupportQueue, C2) : (SupportQueue, Sales, C1);
        Assert.Equal(1, (await Queue(host, otherQueue).GetStatsAsync()).CallsWaiting);

        await AnswerAsync(host, first.CallKey, "agent1001", firstQueue);
        await SettleAsync(host);
        Assert.Single(log.Deliveries);
        await EndCallAsync(host, first.CallKey, "agent1001");
        await WaitForDeliveriesAsync(host, log, 2);

        Assert.Equal((otherCall, otherQueue), (log.Deliveries[1].CallKey, log.Deliveries[1].Delivery.QueueId));
    }

    [Fact]
    public async Task Stats_CountAgentsByState_AndForgetThoseWhoLogOut()
    {
        var log = new DeliveryLog();
        await using var host = NewHost(log);
        await SetUpAsync(host);
        await LoginAsync(host, "agent1001", AgentWorkMode.ManualIn, Sales);
        var notReady = await LoginAsync(host, "agent1002", AgentWorkMode.AuxWork, Sales);
        var busy = await LoginAsync(host, "agent1006", AgentWorkMode.ManualIn, Sales);
        await busy.CallStartedAsync("demo:0000000000000099");
        await WaitForStatsAsync(host, s => s.AgentsBusy == 1 && s.AgentsReady == 1 && s.AgentsNotReady == 1, "three agents' notices");

        Assert.Equal(new QueueStats(Sales, 0, 0, 0, 1, 1, 1, 3), await Queue(host).GetStatsAsync());

        await notReady.LogoutAsync();
        await WaitForStatsAsync(host, s => s.AgentsLoggedIn == 2, "the logout notice");
        Assert.Equal(new QueueStats(Sales, 0, 0, 0, 1, 0, 1, 2), await Queue(host).GetStatsAsync());
    }

    [Fact]
    public async Task Queue_KeepsItsCallsOffersAndAgents_AcrossAMove()
    {
        var log = new DeliveryLog();
        await using var host = NewHost(log);
        await SetUpAsync(host);
        var agent = await LoginAsync(host, "agent1001", AgentWorkMode.ManualIn, Sales);
        await LoginAsync(host, "agent1002", AgentWorkMode.AuxWork, Sales);
        await WaitForStatsAsync(host, s => s.AgentsLoggedIn == 2, "both agents' notices");
        await EnqueueAsync(host, C1);
        await WaitForDeliveriesAsync(host, log, 1);
        await EnqueueAsync(host, C2, priority: 3);
        await EnqueueAsync(host, C3);
        host.Time.Advance(TimeSpan.FromSeconds(1));
        await SettleAsync(host);
        var before = await Queue(host).GetStatsAsync();

        await host.DeactivateAsync("queue", QueueKey.For(Tenant, Sales));
        var after = await Queue(host).GetStatsAsync();
        await Queue(host).DeliveryFailedAsync(C1, "agent1001", "NoAnswer");
        await agent.ReadyAsync(AgentWorkMode.ManualIn);
        await WaitForDeliveriesAsync(host, log, 2);

        Assert.Equal(before, after);
        Assert.Equal(new QueueStats(Sales, 2, 1, 1, 0, 1, 1, 2), after);
        // The offer survived the move: its failure puts C1 back at the head, before C2's higher priority.
        Assert.Equal(C1, log.Deliveries[1].CallKey);
    }

    [Fact]
    public async Task Queue_RestartedOnAnotherHostOfTheSameStore_DeliversTheCallsItHeld()
    {
        var log = new DeliveryLog();
        var storage = new Voice.Runtime.Storage.InMemoryGrainStorage(new Voice.Runtime.Events.InMemoryEventLog());
        await using (var first = NewHost(log, storage))
        {
            await SetUpAsync(first);
            await LoginAsync(first, "agent1001", AgentWorkMode.AuxWork, Sales);
            await WaitForStatsAsync(first, s => s.AgentsNotReady == 1, "the agent's notice");
            await EnqueueAsync(first, C1);
            await SettleAsync(first);
        }

        await using var second = NewHost(log, storage);
        Assert.Equal(1, (await Queue(second).GetStatsAsync()).CallsWaiting);
        await Agent(second, "agent1001").ReadyAsync(AgentWorkMode.ManualIn);
        await WaitForDeliveriesAsync(second, log, 1);

        Assert.Equal(C1, log.Deliveries.Single().CallKey);
    }
}
