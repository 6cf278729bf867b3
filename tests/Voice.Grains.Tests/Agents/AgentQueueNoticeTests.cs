using Voice.Grains.Contracts.Agents;
using Voice.Grains.Contracts.Routing;
using static Voice.Grains.Tests.Routing.QueueGrain.QueueGrainTestData;

namespace Voice.Grains.Tests.Agents;

/// <summary>The agent tells the queues it is logged in to of each change (seen here through the queues' figures).</summary>
public sealed class AgentQueueNoticeTests
{
    [Fact]
    public async Task LoginToTwoQueues_TellsBoth_AndLogout_TellsBothLoggedOut()
    {
        await using var host = NewHost(new Routing.QueueGrain.DeliveryLog());
        await SetUpAsync(host);

        var agent = await LoginAsync(host, "agent1001", AgentWorkMode.AuxWork, Sales, SupportQueue);
        await WaitForStatsAsync(host, s => s.AgentsNotReady == 1, "sales hears NotReady", Sales);
        await WaitForStatsAsync(host, s => s.AgentsNotReady == 1, "support hears NotReady", SupportQueue);
        await agent.ReadyAsync(AgentWorkMode.ManualIn);
        await WaitForStatsAsync(host, s => s.AgentsReady == 1, "sales hears Ready", Sales);
        await WaitForStatsAsync(host, s => s.AgentsReady == 1, "support hears Ready", SupportQueue);
        await agent.LogoutAsync();
        await WaitForStatsAsync(host, s => s.AgentsLoggedIn == 0, "sales hears LoggedOut", Sales);
        await WaitForStatsAsync(host, s => s.AgentsLoggedIn == 0, "support hears LoggedOut", SupportQueue);
    }

    [Fact]
    public async Task Reservation_IsSeenAsBusy_UntilReleased()
    {
        await using var host = NewHost(new Routing.QueueGrain.DeliveryLog());
        await SetUpAsync(host);
        var agent = await LoginAsync(host, "agent1001", AgentWorkMode.ManualIn, Sales);
        await WaitForStatsAsync(host, s => s.AgentsReady == 1, "the login notice");

        await agent.ReserveAsync("demo:0000000000000077", TimeSpan.FromSeconds(30));
        await WaitForStatsAsync(host, s => s.AgentsBusy == 1, "the reservation notice");
        await agent.ReleaseReservationAsync("demo:0000000000000077");
        await WaitForStatsAsync(host, s => s.AgentsReady == 1, "the release notice");

        Assert.Equal(new QueueStats(Sales, 0, 0, 0, 1, 0, 0, 1), await Queue(host).GetStatsAsync());
    }

    [Fact]
    public async Task AgentWithoutQueues_TellsNoQueue()
    {
        await using var host = NewHost(new Routing.QueueGrain.DeliveryLog());
        await SetUpAsync(host);

        await LoginAsync(host, "agent1001", AgentWorkMode.ManualIn);
        await SettleAsync(host);

        Assert.Equal(0, (await Queue(host).GetStatsAsync()).AgentsLoggedIn);
    }
}
