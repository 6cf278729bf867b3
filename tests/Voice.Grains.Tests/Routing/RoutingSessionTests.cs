using Voice.Grains.Contracts.Calls;
using Voice.Grains.Contracts.Routing;
using Voice.Grains.Contracts.Tenancy;
using Voice.Grains.Tests.Calls;
using Voice.Grains.Tests.Support;
using static Voice.Grains.Tests.Calls.CallTestData;

namespace Voice.Grains.Tests.Routing;

/// <summary>A call to route point 5000: the strategy runs in a routing session and the call follows its steps.</summary>
public sealed class RoutingSessionTests
{
    [Fact]
    public async Task StrategyToDn_AttachesData_ReportsTheTreatment_AndRingsTheDn()
    {
        await using var host = new GrainsHost();
        await SetUpAsync(host, """
            function route(call) {
              route.attach("segment", call.ani === "5551234" ? "gold" : "basic");
              route.treatment("music", { file: "hold.wav" });
              route.toDN("1002");
            }
            """);

        var offered = await host.Call(Key).OfferAsync(TrunkOffer("5000"));
        var events = await WaitForEventsAsync(host, e => e.Id == CallEventIds.RouteUsed);

        Assert.True(offered.IsProceeding);
        Assert.Equal(
            [CallEventIds.RouteRequest, CallEventIds.AttachedDataChanged, CallEventIds.TreatmentNotApplied, CallEventIds.RouteUsed],
            events.Select(e => e.Id));
        var used = events.Single(e => e.Id == CallEventIds.RouteUsed);
        Assert.Equal(("5000", "1002", "Strategy"), (used.ThisDn, used.OtherDn, used.Reasons!["Reason"]));
        Assert.Equal("gold", used.UserData["segment"]);
        Assert.Contains(host.Signalling.Actions, a => a is SendRequestAction { Method: "INVITE", LegId: "b1" });
        Assert.Contains(host.Signalling.Actions, a => a is RespondAction { Status: 183 });
        Assert.Equal("Routed", (await host.Runtime.GetGrain<IRoutingSessionGrain>(Key).GetAsync()).State);
    }

    [Fact]
    public async Task AFailingStrategy_FallsBackToTheDefaultTarget_AndSaysWhy()
    {
        await using var host = new GrainsHost();
        await SetUpAsync(host, "function route(call) { throw new Error('boom'); }", defaultTarget: "1002");

        await host.Call(Key).OfferAsync(TrunkOffer("5000"));
        var events = await WaitForEventsAsync(host, e => e.Id == CallEventIds.RouteUsed);

        var used = events.Single(e => e.Id == CallEventIds.RouteUsed);
        Assert.Equal("1002", used.OtherDn);
        Assert.StartsWith("Default (strategy failed: ScriptError", used.Reasons!["Reason"], StringComparison.Ordinal);
        var session = await host.Runtime.GetGrain<IRoutingSessionGrain>(Key).GetAsync();
        Assert.StartsWith("ScriptError", session.Failure, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NoTargetCanTakeTheCall_TheCallerGets480()
    {
        await using var host = new GrainsHost();
        await SetUpAsync(host, "function route(call) { route.toDN('1004'); }", defaultTarget: "1003", register: false);

        await host.Call(Key).OfferAsync(TrunkOffer("5000"));
        var events = await WaitForEventsAsync(host, e => e.Id == CallEventIds.Released);

        Assert.Equal("NoRoute", events[^1].Reasons!["Cause"]);
        Assert.Contains(host.Signalling.Actions, a => a is RespondAction { Status: 480 });
        Assert.Equal(CallPhase.Released, (await host.Call(Key).GetAsync()).Phase);
    }

    [Fact]
    public async Task CallerHangsUpWhileRouted_TheSessionEnds()
    {
        await using var host = new GrainsHost();
        await SetUpAsync(host, "function route(call) { route.toDN('1002'); }");
        var call = host.Call(Key);
        await call.OfferAsync(TrunkOffer("5000"));
        await WaitForEventsAsync(host, e => e.Id == CallEventIds.RouteUsed);

        await call.OnCallerCancelledAsync();
        var session = host.Runtime.GetGrain<IRoutingSessionGrain>(Key);
        for (var i = 0; i < 200 && (await session.GetAsync()).State != "None"; i++)
        {
            await Task.Delay(10);
        }

        Assert.Equal("None", (await session.GetAsync()).State); // ended and cleared
        Assert.Contains(CallEventIds.Abandoned, (await EventsAsync(host)).Select(e => e.Id));
    }

    /// <summary>The demo tenant with route point 5000 running <paramref name="strategy"/>; 1002 registered unless told not to.</summary>
    private static async Task SetUpAsync(GrainsHost host, string strategy, string defaultTarget = "sales", bool register = true)
    {
        var demo = TestConfigs.Demo();
        var dns = demo.Dns.Select(d => d.Number == "5000" ? d with { Strategy = strategy, DefaultTarget = defaultTarget } : d).ToList();
        var applied = await host.Tenant("demo").ApplyAsync(demo with { Dns = dns });
        Assert.True(applied.Applied, string.Join("; ", applied.Errors));
        if (register)
        {
            await CallTestData.SetUpAsync(host, "sip:1002@192.0.2.20:5060");
            await host.Tenant("demo").ApplyAsync(demo with { Dns = dns });
        }
    }

    /// <summary>The session runs after the call's turn (a notice): poll for the event it leads to.</summary>
    private static async Task<IReadOnlyList<CallEvent>> WaitForEventsAsync(GrainsHost host, Func<CallEvent, bool> until)
    {
        for (var attempt = 0; ; attempt++)
        {
            var events = await EventsAsync(host);
            if (events.Any(until) || attempt == 300)
            {
                return events;
            }

            await Task.Delay(10);
        }
    }
}
