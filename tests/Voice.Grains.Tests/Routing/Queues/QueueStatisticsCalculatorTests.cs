using Voice.Grains.Contracts.Agents;
using Voice.Grains.Routing.Queues;
using Voice.Testing;
using static Voice.Grains.Tests.Routing.Queues.QueueTestData;

namespace Voice.Grains.Tests.Routing.Queues;

public sealed class QueueStatisticsCalculatorTests
{
    [Fact]
    public void CountsCallsOldestWaitAndAgentsByStatus()
    {
        var clock = new ManualTimeProvider(Start);
        var list = new WaitingList();
        list.Add(Call("urgent", enqueuedAt: 0, priority: 9));
        clock.Advance(TimeSpan.FromSeconds(5));
        list.Add(Call("patient", enqueuedAt: -40));
        clock.Advance(TimeSpan.FromSeconds(10));
        AgentStatus[] statuses = [AgentStatus.Ready, AgentStatus.Busy, AgentStatus.Busy, AgentStatus.NotReady, AgentStatus.LoggedOut, AgentStatus.Busy];

        var stats = QueueStatisticsCalculator.Calculate(list.Ordered, statuses, clock.GetUtcNow());

        Assert.Equal(new QueueStatistics(CallsWaiting: 2, OldestWait: TimeSpan.FromSeconds(55), AgentsReady: 1, AgentsNotReady: 1, AgentsBusy: 3, AgentsLoggedOut: 1), stats);
    }

    [Fact]
    public void OldestWait_GrowsWithTheClock()
    {
        var clock = new ManualTimeProvider(Start);
        WaitingCall[] calls = [Call("c1", enqueuedAt: 0)];

        var before = QueueStatisticsCalculator.Calculate(calls, [], clock.GetUtcNow());
        clock.Advance(TimeSpan.FromMinutes(2));
        var after = QueueStatisticsCalculator.Calculate(calls, [], clock.GetUtcNow());

        Assert.Equal(TimeSpan.Zero, before.OldestWait);
        Assert.Equal(TimeSpan.FromMinutes(2), after.OldestWait);
    }

    [Fact]
    public void EmptyQueue_IsAllZero()
    {
        var stats = QueueStatisticsCalculator.Calculate([], [], Start);

        Assert.Equal(new QueueStatistics(0, TimeSpan.Zero, 0, 0, 0, 0), stats);
    }

    [Fact]
    public void EnqueuedInTheFuture_ByAnotherNodesClock_IsNotANegativeWait()
    {
        var stats = QueueStatisticsCalculator.Calculate([Call("c1", enqueuedAt: 3)], [], Start);

        Assert.Equal((1, TimeSpan.Zero), (stats.CallsWaiting, stats.OldestWait));
    }
}
