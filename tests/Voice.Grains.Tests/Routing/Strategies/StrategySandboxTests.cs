using System.Diagnostics;
using Voice.Grains.Routing.Strategies;
using static Voice.Grains.Tests.Routing.Strategies.StrategyTestData;

namespace Voice.Grains.Tests.Routing.Strategies;

public sealed class StrategySandboxTests
{
    [Theory]
    [InlineData("importNamespace('System.IO');")]
    [InlineData("System.IO.File.ReadAllText('/etc/passwd');")]
    [InlineData("clrHelper.typeOf('x');")]
    [InlineData("require('fs');")]
    public async Task NoClrAccess(string attempt)
    {
        var result = await RunAsync(Route(attempt + " route.default();"));

        AssertFailed(StrategyFailure.ScriptError, result, "ReferenceError");
    }

    [Fact]
    public async Task ApiObjects_ExposeNoDotNetMembers()
    {
        var result = await RunAsync(Route("""
            var leaks = [];
            [route, route.toQueue, time, time.now, call, call.userData].forEach(function (o) {
                ['GetType', 'ToString', 'Equals', 'GetHashCode'].forEach(function (m) { if (typeof o[m] !== 'undefined') leaks.push(m); });
            });
            route.attach('leaks', leaks.join(','));
            route.default();
            """));

        Assert.Equal(new Attach("leaks", ""), result.Instructions[0]);
    }

    [Fact]
    public async Task InfiniteLoop_HitsTheTimeLimit()
    {
        var limits = new StrategyLimits { Timeout = TimeSpan.FromMilliseconds(100), MaxStatements = int.MaxValue, MaxAllocatedBytes = null };
        var watch = Stopwatch.StartNew();

        var result = await Runner(limits: limits).RunAsync(Route("while (true) {} "), Call());

        AssertFailed(StrategyFailure.Timeout, result, "100 ms");
        Assert.InRange(watch.ElapsedMilliseconds, 100, 1_500);
    }

    [Fact]
    public async Task InfiniteLoop_HitsTheStatementLimit()
    {
        var result = await Runner(limits: Generous()).RunAsync(Route("for (;;) { }"), Call());

        AssertFailed(StrategyFailure.StatementLimit, result, "5000 statements");
    }

    [Fact]
    public async Task TopLevelCode_CountsAgainstTheSameBudget()
    {
        // 3 000 statements at the top level and 3 000 in route(call): each fits, together they do not.
        var loop = "for (var i = 0; i < 1000; i++) { var a = i; var b = a; }";
        var runner = Runner(limits: Generous());

        AssertRouted(await runner.RunAsync(Route(loop + " route.default();"), Call()));
        AssertFailed(StrategyFailure.StatementLimit, await runner.RunAsync(loop + "\n" + Route(loop + " route.default();"), Call()));
    }

    [Fact]
    public async Task DeepRecursion_HitsTheRecursionLimit()
    {
        var result = await RunAsync("function down(n) { return down(n + 1); }\n" + Route("down(0); route.default();"));

        AssertFailed(StrategyFailure.RecursionLimit, result, "64");
    }

    [Fact]
    public async Task ModestRecursion_IsAllowed()
    {
        var result = await RunAsync("function fact(n) { return n <= 1 ? 1 : n * fact(n - 1); }\n" + Route("route.attach('f', fact(20)); route.default();"));

        Assert.Equal(new Attach("f", "2432902008176640000"), result.Instructions[0]);
    }

    [Fact]
    public async Task GrowingString_HitsTheMemoryLimit()
    {
        var result = await RunAsync(Route("var s = 'xxxxxxxx'; for (var i = 0; i < 40; i++) { s = s + s; } route.default();"));

        AssertFailed(StrategyFailure.MemoryLimit, result, "32768 KB");
    }

    [Fact]
    public async Task ManyObjects_HitTheMemoryLimit()
    {
        var limits = new StrategyLimits { MaxAllocatedBytes = 4 * 1024 * 1024, MaxStatements = 1_000_000, Timeout = TimeSpan.FromSeconds(10) };

        var result = await Runner(limits: limits).RunAsync(Route("var keep = []; for (;;) { keep.push({a: 1, b: 'two', c: [3]}); }"), Call());

        AssertFailed(StrategyFailure.MemoryLimit, result, "4096 KB");
    }

    [Theory]
    [InlineData("var a = []; a.length = 1e9; a.join('x');", "Array.prototype.join")]
    [InlineData("var a = new Array(5e8); a.indexOf(1);", "Array.prototype.indexOf")]
    [InlineData("Array.prototype.map.call({length: 4e9}, function (x) { return x; });", "Array.prototype.map")]
    [InlineData("String.fromCharCode.apply(null, {length: 1e8});", "Function.prototype.apply")]
    [InlineData("var a = []; a[1e9] = 1; JSON.stringify({a: a});", "JSON.stringify")]
    public async Task HugeArrays_AreRefusedBeforeABuiltInWalksThem(string code, string builtIn)
    {
        var watch = Stopwatch.StartNew();

        var result = await RunAsync(Route(code + " route.default();"));

        AssertFailed(StrategyFailure.MemoryLimit, result, builtIn);
        Assert.InRange(watch.ElapsedMilliseconds, 0, 2_000);
    }

    [Theory]
    [InlineData("var a = []; a.push(a); String(a);")]
    [InlineData("var a = []; for (var i = 0; i < 1000; i++) { a = [a]; } a.join();")]
    [InlineData("var o = {}; for (var i = 0; i < 1000; i++) { o = {a: o}; } JSON.stringify(o);")]
    [InlineData("var o = {}; o.self = o; JSON.stringify(o);")]
    public async Task SelfContainingOrDeeplyNestedValues_HitTheRecursionLimit_InsteadOfOverflowingTheStack(string code)
    {
        var result = await Runner(limits: Generous()).RunAsync(Route(code + " route.default();"), Call());

        AssertFailed(StrategyFailure.RecursionLimit, result);
    }

    [Fact]
    public async Task GlobalAccessor_FailsTheRunCleanly()
    {
        // Jint's debugger, which hosts the memory check, reads every global at each step: a global getter runs
        // at each step, recursively, until the statement limit ends the run. A known quirk; the node is unharmed.
        var result = await Runner(limits: Generous()).RunAsync("Object.defineProperty(this, 'g', {get: function () { return 1; }});\n" + Route("route.default();"), Call());

        AssertFailed(StrategyFailure.StatementLimit, result);
    }

    [Fact]
    public async Task StuckInsideOneBuiltIn_TheCallerStopsWaiting()
    {
        // Catastrophic backtracking: one statement, about 2.5 s inside .NET's regex engine, where no Jint check runs.
        var limits = new StrategyLimits { Timeout = TimeSpan.FromMilliseconds(100), AbandonAfter = TimeSpan.FromMilliseconds(300) };
        var watch = Stopwatch.StartNew();

        var result = await Runner(limits: limits).RunAsync(Route("/^(a+)+$/.test('" + new string('a', 24) + "b'); route.default();"), Call());

        AssertFailed(StrategyFailure.Timeout, result, "abandoned");
        Assert.InRange(watch.ElapsedMilliseconds, 400, 1_500);
    }

    [Fact]
    public async Task DeeplyNestedSource_ParsesAndRuns_OnTheRunThreadsStack()
    {
        var nested = new string('(', 7_000) + "1" + new string(')', 7_000);

        var result = await RunAsync(Route($"route.attach('v', {nested}); route.default();"));

        Assert.Equal(new Attach("v", "1"), result.Instructions[0]);
    }

    [Fact]
    public async Task SourceLongerThanTheLimit_IsRefusedUnparsed()
    {
        var source = Route("route.default();") + "\n//" + new string('x', 16 * 1024);

        AssertFailed(StrategyFailure.SourceTooLarge, await RunAsync(source));
    }

    [Fact]
    public async Task OrdinaryArrayWork_IsNotHinderedByTheGuards()
    {
        var result = await RunAsync(Route("""
            var queues = ['support', 'sales', 'billing'].sort().map(function (q) { return q.toUpperCase(); });
            var picked = queues.filter(function (q) { return q.indexOf('S') === 0; }).concat(['X']).reverse();
            route.attach('q', picked.join('+') + ';' + JSON.stringify({n: [1, 2]}) + ';' + Math.max.apply(null, [3, 9, 4]));
            route.default();
            """));

        Assert.Equal(new Attach("q", "X+SUPPORT+SALES;{\"n\":[1,2]};9"), result.Instructions[0]);
    }

    [Fact]
    public async Task SyntaxError_NamesTheLine()
    {
        var result = await RunAsync("function route(call) {\n  route.default(;\n}");

        AssertFailed(StrategyFailure.SyntaxError, result, "Line 2");
    }

    [Fact]
    public async Task UncaughtThrow_IsAScriptError_WithTheErrorAndLine()
    {
        var result = await RunAsync("function route(call) {\n\n  throw new RangeError('no queue for ' + call.ani);\n}");

        AssertFailed(StrategyFailure.ScriptError, result, "RangeError: no queue for 0612345678");
        Assert.Contains("line 3", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ThrowingAString_IsAScriptError()
    {
        AssertFailed(StrategyFailure.ScriptError, await RunAsync(Route("throw 'closed';")), "'closed'");
    }

    [Fact]
    public async Task ErrorsCaughtByTheScript_DoNotFailTheRun()
    {
        AssertRouted(await RunAsync(Route("try { undefinedFunction(); } catch (e) { route.toQueue('fallback'); }")));
    }

    [Fact]
    public async Task AThrowAfterInstructions_DiscardsThem()
    {
        AssertFailed(StrategyFailure.ScriptError, await RunAsync(Route("route.toQueue('sales'); null.x;")), "TypeError");
    }

    [Theory]
    [InlineData("var x = 1;", "undefined")]
    [InlineData("var route = 'sales';", "'sales'")]
    [InlineData("var route = {toQueue: 1};", "an object")]
    [InlineData("function other(call) { }", "undefined")]
    public async Task NoRouteFunction_IsNamed(string source, string what)
    {
        AssertFailed(StrategyFailure.NoRouteFunction, await RunAsync(source), "route is " + what);
    }

    [Fact]
    public async Task NoTarget_WhenOnlyDataWasAttached()
    {
        AssertFailed(StrategyFailure.NoTarget, await RunAsync(Route("route.attach('k', 'v');")), "without a target");
    }

    [Fact]
    public async Task EmptyRouteFunction_IsNoTarget()
    {
        AssertFailed(StrategyFailure.NoTarget, await RunAsync(Route("")));
    }

    [Fact]
    public async Task TooManyInstructions_FailTheRun()
    {
        AssertFailed(StrategyFailure.TooManyInstructions, await RunAsync(Route("for (var i = 0; i < 100; i++) route.attach('k' + i, i);")), "32");
    }

    [Fact]
    public async Task EachRun_StartsFromAFreshEngine()
    {
        var source = "var count = 0;\n" + Route("count++; this.leaked = 'yes'; route.attach('count', count); route.default();");
        var runner = Runner();

        var first = await runner.RunAsync(source, Call());
        var second = await runner.RunAsync(source, Call());

        Assert.Equal(new Attach("count", "1"), first.Instructions[0]);
        Assert.Equal(new Attach("count", "1"), second.Instructions[0]);
    }
}
