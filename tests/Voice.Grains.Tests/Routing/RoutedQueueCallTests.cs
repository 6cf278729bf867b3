using Voice.Grains.Contracts.Agents;
using Voice.Grains.Contracts.Calls;
using Voice.Grains.Contracts.Routing;
using Voice.Grains.Contracts.Tenancy;
using Voice.Grains.Tests.Support;
using static Voice.Grains.Tests.Calls.CallControlTestData;
using static Voice.Grains.Tests.Calls.CallTestData;

namespace Voice.Grains.Tests.Routing;

/// <summary>
/// The whole routing path on real grains: route point 5000 → session → queue sales → a Ready agent's phone rung by
/// the call thread; no answer gives the call back to the queue; a caller hanging up while queued abandons it.
/// </summary>
public sealed class RoutedQueueCallTests
{
    private const string Strategy = "function route(call) { route.toQueue('sales', { skills: { sales: 5 }, priority: 10 }); }";

    [Fact]
    public async Task TheCallWaits_ThenReachesTheAgentThatBecomesReady()
    {
        await using var host = new GrainsHost();
        await SetUpAsync(host);
        var agent = await LoginAsync(host, "agent1001", AgentWorkMode.ManualIn, ready: false);
        var call = host.Call(Key);

        await call.OfferAsync(TrunkOffer("5000"));
        await WaitForAsync(host, async () => (await EventsAsync(host)).Any(e => e.Id == CallEventIds.Queued), "EventQueued");
        var whileWaiting = host.Signalling.Take();
        Assert.True((await agent.ReadyAsync(AgentWorkMode.ManualIn)).IsOk);
        await WaitForAsync(host, () => Task.FromResult(host.Signalling.Actions.OfType<SendRequestAction>().Any(a => a.Method == "INVITE")), "the agent's phone rung");
        await call.OnLegResponseAsync(Response("b1", 180, "agent-tag"));
        await call.OnLegResponseAsync(Response("b1", 200, "agent-tag", Answer));

        Assert.DoesNotContain(whileWaiting, a => a is SendRequestAction { Method: "INVITE" }); // nobody Ready: it waits
        var events = await EventsAsync(host);
        Assert.Equal(
            [CallEventIds.RouteRequest, CallEventIds.Queued, CallEventIds.Diverted, CallEventIds.Ringing, CallEventIds.Established],
            events.Select(e => e.Id));
        Assert.All(events.Skip(1), e => Assert.Equal("sales", e.ThisQueue));
        Assert.Equal(("6001", "1001"), (events[2].ThisDn, events[2].OtherDn));
        Assert.Equal(("1001", "agent1001"), (events[^1].ThisDn, events[^1].AgentId));
        await WaitForAsync(host, async () => (await agent.GetAsync()).Status == AgentStatus.Busy, "agent Busy");
        await WaitForAsync(host, async () => (await Queue(host).GetStatsAsync()) is { CallsWaiting: 0, CallsRinging: 0 }, "queue empty");
    }

    [Fact]
    public async Task AnAgentWhoDoesNotAnswer_IsMadeNotReady_AndTheCallGoesToTheNext()
    {
        await using var host = new GrainsHost();
        await SetUpAsync(host, ringTimeoutSec: 5);
        await RegisterAsync(host, "1006");
        var first = await LoginAsync(host, "agent1001", AgentWorkMode.ManualIn, ready: true);
        var call = host.Call(Key);
        await call.OfferAsync(TrunkOffer("5000"));
        await WaitForAsync(host, () => Task.FromResult(host.Signalling.Actions.OfType<SendRequestAction>().Any(a => a.Method == "INVITE")), "the first agent rung");
        await call.OnLegResponseAsync(Response("b1", 180, "agent-tag"));
        var second = await LoginAsync(host, "agent1006", AgentWorkMode.ManualIn, ready: true);
        host.Signalling.Take();

        host.Time.Advance(TimeSpan.FromSeconds(6));
        await call.GetAsync();
        await WaitForAsync(host, () => Task.FromResult(host.Signalling.Actions.OfType<SendRequestAction>().Any(a => a is { Method: "INVITE", LegId: "b2" })), "the next agent rung");

        Assert.Contains(host.Signalling.Actions, a => a is CancelAction { LegId: "b1" });
        await WaitForAsync(host, async () => (await first.GetAsync()).Status == AgentStatus.NotReady, "the first agent NotReady");
        var released = (await EventsAsync(host)).Single(e => e.Id == CallEventIds.Released);
        Assert.Equal(("1001", "sales"), (released.ThisDn, released.Reasons!["ReturnedTo"]));
        Assert.Equal("1006", (await EventsAsync(host)).Last(e => e.Id == CallEventIds.Diverted).OtherDn);
        Assert.Equal(AgentStatus.Ready, (await second.GetAsync()).Status); // reserved, rung, not yet Busy
    }

    [Fact]
    public async Task TheRungOutAgentsLate487_LeavesTheCallWaitingForTheNextAgent()
    {
        await using var host = new GrainsHost();
        await SetUpAsync(host, ringTimeoutSec: 5);
        await RegisterAsync(host, "1006");
        await LoginAsync(host, "agent1001", AgentWorkMode.ManualIn, ready: true);
        var call = host.Call(Key);
        await call.OfferAsync(TrunkOffer("5000"));
        await WaitForAsync(host, () => Task.FromResult(host.Signalling.Actions.OfType<SendRequestAction>().Any(a => a.Method == "INVITE")), "the first agent rung");
        await call.OnLegResponseAsync(Response("b1", 180, "agent-tag"));
        host.Time.Advance(TimeSpan.FromSeconds(6));
        await call.GetAsync();

        await call.OnLegResponseAsync(Response("b1", 487, "agent-tag")); // the cancelled INVITE's final answer
        var afterLate487 = await call.GetAsync();
        await LoginAsync(host, "agent1006", AgentWorkMode.ManualIn, ready: true);
        await WaitForAsync(host, () => Task.FromResult(host.Signalling.Actions.OfType<SendRequestAction>().Any(a => a is { Method: "INVITE", LegId: "b2" })), "the next agent rung");

        Assert.Equal(CallPhase.Alerting, afterLate487.Phase);
        Assert.DoesNotContain(host.Signalling.Actions, a => a is RespondAction { Status: >= 300 });
        Assert.Equal("1006", (await EventsAsync(host)).Last(e => e.Id == CallEventIds.Diverted).OtherDn);
    }

    [Fact]
    public async Task TheCallerHangsUpWhileQueued_EventAbandoned_AndTheQueueForgetsTheCall()
    {
        await using var host = new GrainsHost();
        await SetUpAsync(host);
        var call = host.Call(Key);
        await call.OfferAsync(TrunkOffer("5000"));
        await WaitForAsync(host, async () => (await Queue(host).GetStatsAsync()).CallsWaiting == 1, "the call waiting");

        await call.OnCallerCancelledAsync();
        await WaitForAsync(host, async () => (await Queue(host).GetStatsAsync()).CallsWaiting == 0, "the queue empty");

        var abandoned = (await EventsAsync(host)).Single(e => e.Id == CallEventIds.Abandoned);
        Assert.Equal(("6001", "sales"), (abandoned.ThisDn, abandoned.ThisQueue));
        Assert.Contains(host.Signalling.Actions, a => a is RespondAction { Status: 487 });
    }

    [Fact]
    public async Task NobodyTakesTheCallInTime_ItOverflowsToTheStrategysNextTarget()
    {
        await using var host = new GrainsHost();
        await SetUpAsync(host, strategy: "function route(call) { route.toQueue('sales', { timeoutSec: 10 }); route.toDN('1002'); }");
        await host.Device("demo:1002").RegisterAsync(new Contracts.Registrar.RegisterRequest(
            [new Contracts.Registrar.RegisterContact("sip:1002@192.0.2.20:5060", null, null)], 300, "reg-1002", 1, "udp:192.0.2.20:5060", Node: "n2"));
        var call = host.Call(Key);
        await call.OfferAsync(TrunkOffer("5000"));
        await WaitForAsync(host, async () => (await Queue(host).GetStatsAsync()).CallsWaiting == 1, "the call waiting");

        host.Time.Advance(TimeSpan.FromSeconds(11));
        await WaitForAsync(host, async () => (await EventsAsync(host)).Any(e => e.Id == CallEventIds.RouteUsed), "the overflow target");

        var events = await EventsAsync(host);
        var diverted = events.Single(e => e.Id == CallEventIds.Diverted);
        Assert.Equal(("6001", "Overflow"), (diverted.ThisDn, diverted.Reasons!["Reason"]));
        Assert.Equal("1002", events.Single(e => e.Id == CallEventIds.RouteUsed).OtherDn);
        Assert.Equal(0, (await Queue(host).GetStatsAsync()).CallsWaiting);
        Assert.Contains(host.Signalling.Actions, a => a is SendRequestAction { Method: "INVITE", RequestUri: "sip:1002@192.0.2.20:5060" });
    }

    private static async Task SetUpAsync(GrainsHost host, int? ringTimeoutSec = null, string strategy = Strategy)
    {
        var demo = TestConfigs.Demo();
        var dns = demo.Dns.Select(d => d.Number switch
        {
            "5000" => d with { Strategy = strategy },
            "6001" => d with { RingTimeoutSec = ringTimeoutSec },
            _ => d,
        }).ToList();
        var applied = await host.Tenant("demo").ApplyAsync(demo with { Dns = dns });
        Assert.True(applied.Applied, string.Join("; ", applied.Errors));
        await RegisterAsync(host, "1001");
    }

    private static async Task<IAgentGrain> LoginAsync(GrainsHost host, string agentId, AgentWorkMode mode, bool ready)
    {
        var agent = host.Runtime.GetGrain<IAgentGrain>(AgentKey.For("demo", agentId));
        var login = await agent.LoginAsync(new AgentLoginRequest(null, ["sales"], ready ? mode : AgentWorkMode.AuxWork));
        Assert.True(login.IsOk, $"{login.Error}: {login.Message}");
        return agent;
    }

    private static IQueueGrain Queue(GrainsHost host) => host.Runtime.GetGrain<IQueueGrain>(QueueKey.For("demo", "sales"));

    /// <summary>Sessions, queues and agents work on their own turns: let them run until <paramref name="condition"/> holds.</summary>
    private static async Task WaitForAsync(GrainsHost host, Func<Task<bool>> condition, string what)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(10);
        while (DateTime.UtcNow < deadline)
        {
            host.Time.Advance(TimeSpan.Zero);
            if (await condition())
            {
                return;
            }

            await Task.Delay(5);
        }

        Assert.Fail($"timed out waiting for {what}");
    }
}
