using Voice.Grains.Agents;
using Voice.Grains.Contracts.Agents;
using Voice.Grains.Tests.Support;
using Voice.Runtime;
using static Voice.Grains.Tests.Agents.AgentTestData;

namespace Voice.Grains.Tests.Agents;

public sealed class AgentReservationTests
{
    private static readonly TimeSpan Ttl = TimeSpan.FromSeconds(15);

    [Fact]
    public async Task Reserve_ReadyAgent_IsGrantedUntilTheTtl()
    {
        await using var host = new GrainsHost();
        var agent = await LoggedInAsync(host);

        var result = await agent.ReserveAsync(CallA, Ttl);

        AssertOk(result);
        Assert.Equal(new AgentReservation(CallA, host.Time.GetUtcNow() + Ttl), result.Agent.Reservation);
        Assert.Equal([AgentEventIds.Login, AgentEventIds.Ready], await EventIdsAsync(host));
    }

    [Fact]
    public async Task Reserve_NotReadyAgent_IsDenied()
    {
        await using var host = new GrainsHost();
        var agent = await LoggedInAsync(host, AgentWorkMode.AuxWork);

        AssertRefused(AgentErrorCode.NotReady, await agent.ReserveAsync(CallA, Ttl));
        Assert.Null((await agent.GetAsync()).Reservation);
    }

    [Fact]
    public async Task Reserve_BusyAgent_IsDenied()
    {
        await using var host = new GrainsHost();
        var agent = await LoggedInAsync(host);
        await agent.CallStartedAsync(CallA);

        AssertRefused(AgentErrorCode.NotReady, await agent.ReserveAsync(CallB, Ttl));
    }

    [Fact]
    public async Task Reserve_LoggedOutAgent_IsDenied()
    {
        await using var host = new GrainsHost();
        await SetUpAsync(host);

        AssertRefused(AgentErrorCode.NotLoggedIn, await Agent(host).ReserveAsync(CallA, Ttl));
    }

    [Fact]
    public async Task Reserve_DndAgent_IsDenied()
    {
        await using var host = new GrainsHost();
        var agent = await LoggedInAsync(host);
        await agent.SetDndAsync(true);

        AssertRefused(AgentErrorCode.DoNotDisturb, await agent.ReserveAsync(CallA, Ttl));
    }

    [Fact]
    public async Task Reserve_ForAnotherCall_IsDenied_ForTheSameCallExtends()
    {
        await using var host = new GrainsHost();
        var agent = await LoggedInAsync(host);
        await agent.ReserveAsync(CallA, Ttl);
        host.Time.Advance(TimeSpan.FromSeconds(10));

        AssertRefused(AgentErrorCode.AlreadyReserved, await agent.ReserveAsync(CallB, Ttl));
        var extended = await agent.ReserveAsync(CallA, Ttl);

        Assert.Equal(host.Time.GetUtcNow() + Ttl, extended.Agent.Reservation!.ExpiresAt);
    }

    [Theory]
    [InlineData("", 10)]
    [InlineData(CallA, 0)]
    [InlineData(CallA, -1)]
    public async Task Reserve_WithoutCallOrTime_IsRefused(string call, int seconds)
    {
        await using var host = new GrainsHost();
        var agent = await LoggedInAsync(host);

        AssertRefused(AgentErrorCode.InvalidArgument, await agent.ReserveAsync(call, TimeSpan.FromSeconds(seconds)));
    }

    [Fact]
    public async Task Reservation_Lapses_ByReminder_ThenAnotherCallCanReserve()
    {
        await using var host = new GrainsHost();
        var agent = await LoggedInAsync(host);
        await agent.ReserveAsync(CallA, Ttl);

        host.Time.Advance(Ttl);
        var after = await agent.GetAsync();

        Assert.Null(after.Reservation);
        Assert.DoesNotContain(await RemindersAsync(host), r => r.Name == AgentGrain.ReservationReminder);
        AssertOk(await agent.ReserveAsync(CallB, Ttl));
    }

    [Fact]
    public async Task Reservation_StillHeldJustBeforeItsTime()
    {
        await using var host = new GrainsHost();
        var agent = await LoggedInAsync(host);
        await agent.ReserveAsync(CallA, Ttl);

        host.Time.Advance(Ttl - TimeSpan.FromSeconds(1));

        Assert.Equal(CallA, (await agent.GetAsync()).Reservation!.CallThreadKey);
    }

    [Fact]
    public async Task Reservation_LapsesAfterDeactivation()
    {
        await using var host = new GrainsHost();
        var agent = await LoggedInAsync(host);
        await agent.ReserveAsync(CallA, Ttl);
        await host.DeactivateAsync("agent", Key1);

        host.Time.Advance(Ttl + TimeSpan.FromSeconds(1));

        Assert.Null((await Agent(host).GetAsync()).Reservation);
    }

    [Fact]
    public async Task ReleaseReservation_ForTheHeldCall_FreesTheAgent()
    {
        await using var host = new GrainsHost();
        var agent = await LoggedInAsync(host);
        await agent.ReserveAsync(CallA, Ttl);

        AssertRefused(AgentErrorCode.NoReservation, await agent.ReleaseReservationAsync(CallB));
        AssertOk(await agent.ReleaseReservationAsync(CallA));

        Assert.Null((await agent.GetAsync()).Reservation);
        Assert.DoesNotContain(await RemindersAsync(host), r => r.Name == AgentGrain.ReservationReminder);
    }

    [Fact]
    public async Task CallStarted_ForTheReservedCall_ConsumesTheReservation()
    {
        await using var host = new GrainsHost();
        var agent = await LoggedInAsync(host);
        await agent.ReserveAsync(CallA, Ttl);

        var busy = await agent.CallStartedAsync(CallA);

        Assert.Equal((AgentStatus.Busy, null), (busy.Agent.Status, busy.Agent.Reservation));
    }

    [Fact]
    public async Task NotReadyOrDnd_WithdrawAReservation()
    {
        await using var host = new GrainsHost();
        var agent = await LoggedInAsync(host);
        await agent.ReserveAsync(CallA, Ttl);
        Assert.Null((await agent.SetDndAsync(true)).Agent.Reservation);
        await agent.SetDndAsync(false);
        await agent.ReserveAsync(CallA, Ttl);

        Assert.Null((await agent.NotReadyAsync(null, AgentWorkMode.AuxWork)).Agent.Reservation);
    }

    private static Task<IReadOnlyList<Runtime.Reminders.ReminderRegistration>> RemindersAsync(GrainsHost host) =>
        host.Runtime.Reminders.GetRemindersAsync(new GrainId("agent", Key1));
}
