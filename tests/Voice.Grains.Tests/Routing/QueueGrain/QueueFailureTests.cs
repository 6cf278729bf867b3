using Voice.Grains.Contracts.Agents;
using Voice.Grains.Contracts.Routing;
using static Voice.Grains.Tests.Routing.QueueGrain.QueueGrainTestData;

namespace Voice.Grains.Tests.Routing.QueueGrain;

/// <summary>Offers that fail, lapse or are taken back: the call is never lost, the agent never stays held.</summary>
public sealed class QueueFailureTests
{
    [Fact]
    public async Task FailedDelivery_PutsTheCallAtTheHead_MakesTheAgentNotReady_AndTriesTheNext()
    {
        var log = new DeliveryLog();
        await using var host = NewHost(log);
        await SetUpAsync(host);
        var first = await LoginAsync(host, "agent1001", AgentWorkMode.ManualIn, Sales);
        var second = await LoginAsync(host, "agent1006", AgentWorkMode.AuxWork, Sales);
        await WaitForStatsAsync(host, s => s.AgentsLoggedIn == 2, "both agents' notices");
        await EnqueueAsync(host, C1);
        await WaitForDeliveriesAsync(host, log, 1);
        await EnqueueAsync(host, C2, priority: 9);

        await Queue(host).DeliveryFailedAsync(C1, "agent1001", "NoAnswer");
        await second.ReadyAsync(AgentWorkMode.ManualIn);
        await WaitForDeliveriesAsync(host, log, 2);

        Assert.Equal((C1, "agent1006"), (log.Deliveries[1].CallKey, log.Deliveries[1].Delivery.AgentId));
        var dropped = await first.GetAsync();
        Assert.Equal((AgentStatus.NotReady, AgentWorkMode.AuxWork, "NoAnswer"), (dropped.Status, dropped.WorkMode, dropped.Reason));
        Assert.Null(dropped.Reservation);
        Assert.Equal(1, (await Queue(host).GetStatsAsync()).CallsWaiting);
    }

    [Fact]
    public async Task FailedDelivery_WithNotReadyOnNoAnswerOff_LeavesTheAgentReady_AndReleasesIt()
    {
        var log = new DeliveryLog();
        await using var host = NewHost(log);
        await SetUpAsync(host, WithQueue(Sales, d => d with { NotReadyOnNoAnswer = false }));
        var agent = await LoginAsync(host, "agent1001", AgentWorkMode.ManualIn, Sales);
        await WaitForStatsAsync(host, s => s.AgentsReady == 1, "the agent's notice");
        await EnqueueAsync(host, C1);
        await WaitForDeliveriesAsync(host, log, 1);

        await Queue(host).DeliveryFailedAsync(C1, "agent1001", "NoAnswer");
        // The only agent is Ready and free again, so the call at the head is offered to it once more.
        await WaitForDeliveriesAsync(host, log, 2);

        var snapshot = await agent.GetAsync();
        Assert.Equal(AgentStatus.Ready, snapshot.Status);
        Assert.Equal(C1, snapshot.Reservation?.CallThreadKey);
        Assert.Equal([C1, C1], log.Deliveries.Select(d => d.CallKey));
    }

    [Fact]
    public async Task FailureReportedFromInsideTheDelivery_IsAppliedAfterIt_AndTheNextAgentGetsTheCall()
    {
        var log = new DeliveryLog();
        await using var host = NewHost(log);
        await SetUpAsync(host);
        var first = await LoginAsync(host, "agent1001", AgentWorkMode.ManualIn, Sales);
        await WaitForStatsAsync(host, s => s.AgentsReady == 1, "the agent's notice");
        log.FailingInline[C1] = true;

        await EnqueueAsync(host, C1);
        await WaitForAsync(host, async () => (await first.GetAsync()).Status == AgentStatus.NotReady, "the agent made NotReady");
        await LoginAsync(host, "agent1006", AgentWorkMode.ManualIn, Sales);
        await WaitForDeliveriesAsync(host, log, 2);

        Assert.Equal([("agent1001", C1), ("agent1006", C1)], log.Deliveries.Select(d => (d.Delivery.AgentId, d.CallKey)));
        Assert.Equal((0, 1), ((await Queue(host).GetStatsAsync()).CallsWaiting, (await Queue(host).GetStatsAsync()).CallsRinging));
    }

    [Fact]
    public async Task Reports_ForAnotherAgentOrAnUnknownCall_ChangeNothing()
    {
        var log = new DeliveryLog();
        await using var host = NewHost(log);
        await SetUpAsync(host);
        await LoginAsync(host, "agent1001", AgentWorkMode.ManualIn, Sales);
        await WaitForStatsAsync(host, s => s.AgentsReady == 1, "the agent's notice");
        await EnqueueAsync(host, C1);
        await WaitForDeliveriesAsync(host, log, 1);

        await Queue(host).DeliveryFailedAsync(C1, "agent1006", "NoAnswer");
        await Queue(host).DeliveryFailedAsync(C2, "agent1001", "NoAnswer");
        await Queue(host).DeliveredAsync(C3, "agent1001");
        await SettleAsync(host);

        Assert.Equal(new QueueStats(Sales, 0, 0, 1, 0, 0, 1, 1), await Queue(host).GetStatsAsync());
        Assert.Equal(AgentStatus.Ready, (await Agent(host, "agent1001").GetAsync()).Status);
    }

    [Fact]
    public async Task OfferWithoutAnyReport_GoesBackToTheHeadAfterItsDeadline()
    {
        var log = new DeliveryLog();
        await using var host = NewHost(log);
        await SetUpAsync(host);
        var agent = await LoginAsync(host, "agent1001", AgentWorkMode.ManualIn, Sales);
        await WaitForStatsAsync(host, s => s.AgentsReady == 1, "the agent's notice");
        await EnqueueAsync(host, C1);
        await WaitForDeliveriesAsync(host, log, 1);

        // Ring timeout 15 s + 2 × 5 s margin: the reservation (20 s) has lapsed by then, the offer is taken back.
        host.Time.Advance(TimeSpan.FromSeconds(25));
        await WaitForDeliveriesAsync(host, log, 2);

        Assert.Equal([C1, C1], log.Deliveries.Select(d => d.CallKey));
        Assert.Equal(C1, (await agent.GetAsync()).Reservation?.CallThreadKey);
        Assert.Equal(1, (await Queue(host).GetStatsAsync()).CallsRinging);
    }

    [Fact]
    public async Task Remove_TakesOutAWaitingCall_OrAnOfferedOne_AndFreesItsAgent()
    {
        var log = new DeliveryLog();
        await using var host = NewHost(log);
        await SetUpAsync(host);
        var agent = await LoginAsync(host, "agent1001", AgentWorkMode.ManualIn, Sales);
        await WaitForStatsAsync(host, s => s.AgentsReady == 1, "the agent's notice");
        await EnqueueAsync(host, C1);
        await WaitForDeliveriesAsync(host, log, 1);
        await EnqueueAsync(host, C2);

        Assert.True(await Queue(host).RemoveAsync(C2));
        Assert.True(await Queue(host).RemoveAsync(C1));
        Assert.False(await Queue(host).RemoveAsync(C1));
        await SettleAsync(host);

        Assert.Null((await agent.GetAsync()).Reservation);
        Assert.Equal(new QueueStats(Sales, 0, 0, 0, 1, 0, 0, 1), await Queue(host).GetStatsAsync());
        Assert.Single(log.Deliveries);
    }

    [Fact]
    public async Task Enqueue_IsChecked()
    {
        var log = new DeliveryLog();
        await using var host = NewHost(log);
        await SetUpAsync(host);
        await LoginAsync(host, "agent1001", AgentWorkMode.ManualIn, Sales);
        await WaitForStatsAsync(host, s => s.AgentsReady == 1, "the agent's notice");
        await EnqueueAsync(host, C1);
        await WaitForDeliveriesAsync(host, log, 1);

        Assert.Equal(QueueErrorCodes.UnknownQueue, (await Queue(host, "nosuch").EnqueueAsync(new QueuedCall(C2, 0, NoSkills))).Error);
        Assert.Equal(QueueErrorCodes.InvalidArgument, (await Queue(host).EnqueueAsync(new QueuedCall(C2, 101, NoSkills))).Error);
        Assert.Equal(QueueErrorCodes.InvalidArgument, (await Queue(host).EnqueueAsync(new QueuedCall(C2, 0, new Dictionary<string, int> { ["sales"] = 11 }))).Error);
        Assert.Equal(QueueErrorCodes.InvalidArgument, (await Queue(host).EnqueueAsync(new QueuedCall("", 0, NoSkills))).Error);
        Assert.Equal(QueueErrorCodes.InvalidArgument, (await Queue(host).EnqueueAsync(new QueuedCall("other:00000000000000c2", 0, NoSkills))).Error);
        Assert.Equal(QueueErrorCodes.AlreadyOffered, (await Queue(host).EnqueueAsync(new QueuedCall(C1, 0, NoSkills))).Error);
        Assert.Equal(0, (await Queue(host).GetStatsAsync()).CallsWaiting);
    }
}
