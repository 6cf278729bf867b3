using Voice.Grains.Routing.Strategies;
using Voice.Testing;
using static Voice.Grains.Tests.Routing.Strategies.StrategyTestData;

namespace Voice.Grains.Tests.Routing.Strategies;

public sealed class StrategyApiTests
{
    [Fact]
    public async Task ToQueue_WithAllOptions()
    {
        var result = await RunAsync(Route("route.toQueue('sales', {skills: {sales: 5, english: 3}, priority: 7, timeoutSec: 30});"));

        AssertRouted(result);
        var queue = Assert.IsType<ToQueue>(Assert.Single(result.Instructions));
        Assert.Equal(("sales", 7, (int?)30), (queue.Queue, queue.Priority, queue.TimeoutSec));
        Assert.Equal(new Dictionary<string, int> { ["sales"] = 5, ["english"] = 3 }, queue.Skills);
    }

    [Fact]
    public async Task ToQueue_WithoutOptions_HasNoSkillsPriorityZeroAndNoTimeout()
    {
        var result = await RunAsync(Route("route.toQueue('support');"));

        var queue = Assert.IsType<ToQueue>(Assert.Single(result.Instructions));
        Assert.Equal(("support", 0, (int?)null), (queue.Queue, queue.Priority, queue.TimeoutSec));
        Assert.Empty(queue.Skills);
    }

    [Fact]
    public async Task ToAgent_ToDn_Default()
    {
        AssertRouted(await RunAsync(Route("route.toAgent('agent1001');")));
        Assert.Equal(new ToAgent("agent1001"), (await RunAsync(Route("route.toAgent('agent1001');"))).Instructions.Single());
        Assert.Equal(new ToDn("1002"), (await RunAsync(Route("route.toDN('1002');"))).Instructions.Single());
        Assert.IsType<Default>((await RunAsync(Route("route.default();"))).Instructions.Single());
    }

    [Fact]
    public async Task Attach_AndTreatment_ComeInCallOrder_WithTheTarget()
    {
        var result = await RunAsync(Route("""
            route.treatment('music', {file: 'hold.wav', loop: true, volume: 0.5});
            route.attach('segment', 'gold');
            route.attach('score', 42);
            route.toQueue('sales');
            route.attach('vip', false);
            """));

        AssertRouted(result);
        Assert.Collection(result.Instructions,
            i =>
            {
                var treatment = Assert.IsType<Treatment>(i);
                Assert.Equal("music", treatment.Type);
                Assert.Equal(new Dictionary<string, string> { ["file"] = "hold.wav", ["loop"] = "true", ["volume"] = "0.5" }, treatment.Parameters);
            },
            i => Assert.Equal(new Attach("segment", "gold"), i),
            i => Assert.Equal(new Attach("score", "42"), i),
            i => Assert.Equal("sales", Assert.IsType<ToQueue>(i).Queue),
            i => Assert.Equal(new Attach("vip", "false"), i));
    }

    [Fact]
    public async Task Treatment_WithoutParams_HasNone()
    {
        var result = await RunAsync(Route("route.treatment('silence'); route.default();"));

        Assert.Empty(Assert.IsType<Treatment>(result.Instructions[0]).Parameters);
    }

    [Fact]
    public async Task SeveralTargets_AreKeptInOrder_ForOverflow()
    {
        var result = await RunAsync(Route("route.toQueue('sales', {timeoutSec: 20}); route.toQueue('overflow', {timeoutSec: 60}); route.default();"));

        Assert.Equal(["sales", "overflow"], result.Instructions.OfType<ToQueue>().Select(q => q.Queue));
        Assert.IsType<Default>(result.Instructions[2]);
    }

    [Fact]
    public async Task Call_ExposesAniDnisRoutePointAndUserData()
    {
        var call = new StrategyCall("0611", "5001", "5000", new Dictionary<string, string> { ["lang"] = "fr", ["account"] = "A-9" });

        var result = await Runner().RunAsync(Route("route.attach('seen', [call.ani, call.dnis, call.routePoint, call.userData.lang, call.userData.account, call.userData.missing].join('|')); route.default();"), call);

        Assert.Equal(new Attach("seen", "0611|5001|5000|fr|A-9|"), result.Instructions[0]);
    }

    [Fact]
    public async Task Strategy_BranchesOnTheCall()
    {
        var source = Route("""
            if (call.userData.lang === 'fr') {
                route.toQueue('support-fr', {skills: {french: 5}});
            } else if (call.ani.indexOf('06') === 0) {
                route.toQueue('mobile');
            } else {
                route.default();
            }
            """);

        var french = await RunAsync(source, Call("0123", new Dictionary<string, string> { ["lang"] = "fr" }));
        var mobile = await RunAsync(source, Call("0612"));
        var other = await RunAsync(source, Call("0123"));

        Assert.Equal("support-fr", Assert.IsType<ToQueue>(french.Instructions.Single()).Queue);
        Assert.Equal("mobile", Assert.IsType<ToQueue>(mobile.Instructions.Single()).Queue);
        Assert.IsType<Default>(other.Instructions.Single());
    }

    [Fact]
    public async Task Call_IsReadOnly()
    {
        var source = Route("""
            call.ani = 'spoofed'; call.userData.lang = 'xx'; call.userData.added = 'yes'; call.extra = 1;
            route.attach('after', call.ani + '/' + call.userData.lang + '/' + call.userData.added + '/' + call.extra);
            route.default();
            """);

        var result = await RunAsync(source, Call("0611", new Dictionary<string, string> { ["lang"] = "fr" }));

        Assert.Equal(new Attach("after", "0611/fr/undefined/undefined"), result.Instructions[0]);
    }

    [Fact]
    public async Task Call_WritesInStrictMode_AreTypeErrors()
    {
        var result = await RunAsync("'use strict';\n" + Route("call.userData.lang = 'xx'; route.default();"));

        AssertFailed(StrategyFailure.ScriptError, result, "TypeError");
    }

    [Fact]
    public async Task Time_ReadsTheInjectedClock()
    {
        var clock = new ManualTimeProvider(Start);
        var runner = Runner(clock);
        var source = Route("route.attach('now', time.now()); route.attach('hour', time.hour()); route.attach('minute', time.minute()); route.attach('day', time.dayOfWeek()); route.default();");

        var first = await runner.RunAsync(source, Call());
        clock.Advance(TimeSpan.FromHours(30));
        var second = await runner.RunAsync(source, Call());

        Assert.Equal([new Attach("now", "2026-03-02T09:30:00.000Z"), new Attach("hour", "9"), new Attach("minute", "30"), new Attach("day", "1")], first.Instructions.Take(4));
        Assert.Equal([new Attach("now", "2026-03-03T15:30:00.000Z"), new Attach("hour", "15"), new Attach("minute", "30"), new Attach("day", "2")], second.Instructions.Take(4));
    }

    [Fact]
    public async Task Time_HourAndDay_AreInTheTenantsTimeZone()
    {
        var clock = new ManualTimeProvider(new DateTimeOffset(2026, 3, 1, 23, 30, 0, TimeSpan.Zero)); // Sunday 23:30 UTC
        var tokyo = TimeZoneInfo.CreateCustomTimeZone("UTC+9", TimeSpan.FromHours(9), "UTC+9", "UTC+9");

        var result = await Runner(clock).RunAsync(Route("route.attach('at', time.dayOfWeek() + ' ' + time.hour()); route.attach('now', time.now()); route.default();"), Call(), tokyo);

        Assert.Equal(new Attach("at", "1 8"), result.Instructions[0]); // Monday 08:30 there
        Assert.Equal(new Attach("now", "2026-03-01T23:30:00.000Z"), result.Instructions[1]); // now() stays UTC
    }

    [Fact]
    public async Task OfficeHoursStrategy_FromTheDocs()
    {
        var source = """
            var OPEN = 8, CLOSE = 18;
            function isOpen() {
                var day = time.dayOfWeek(), hour = time.hour();
                return day >= 1 && day <= 5 && hour >= OPEN && hour < CLOSE;
            }
            function route(call) {
                route.attach('strategy', 'office-hours');
                if (!isOpen()) {
                    route.treatment('announcement', {file: 'closed.wav'});
                    route.toDN('1099');
                    return;
                }
                var vip = call.userData.segment === 'gold';
                route.toQueue('sales', {skills: {sales: vip ? 8 : 3}, priority: vip ? 10 : 0, timeoutSec: 60});
                route.toQueue('overflow', {timeoutSec: 120});
                route.default();
            }
            """;
        var open = await RunAsync(source, Call(userData: new Dictionary<string, string> { ["segment"] = "gold" }));
        var closed = await Runner(new ManualTimeProvider(Start.AddHours(10))).RunAsync(source, Call());

        var vipQueue = Assert.IsType<ToQueue>(open.Instructions[1]);
        Assert.Equal((8, 10, (int?)60), (vipQueue.Skills["sales"], vipQueue.Priority, vipQueue.TimeoutSec));
        Assert.Equal(4, open.Instructions.Count);
        Assert.Equal(new ToDn("1099"), closed.Instructions[^1]);
    }

    [Fact]
    public async Task ApiFunctions_CannotBeReplacedByTheScript()
    {
        var result = await RunAsync(Route("route.toQueue = function () {}; route.toQueue('sales');"));

        Assert.Equal("sales", Assert.IsType<ToQueue>(result.Instructions.Single()).Queue);
    }

    [Fact]
    public async Task RouteDefinedAsAFunctionExpression_Works()
    {
        AssertRouted(await RunAsync("var route = function (call) { route.default(); };"));
    }

    [Fact]
    public async Task ReturnValue_IsIgnored_OnlyInstructionsCount()
    {
        AssertRouted(await RunAsync(Route("route.default(); return 'anything';")));
        AssertFailed(StrategyFailure.NoTarget, await RunAsync(Route("return {queue: 'sales'};")));
    }
}
