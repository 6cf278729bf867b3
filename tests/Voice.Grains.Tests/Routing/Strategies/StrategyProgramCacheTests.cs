using Voice.Grains.Routing.Strategies;
using static Voice.Grains.Tests.Routing.Strategies.StrategyTestData;

namespace Voice.Grains.Tests.Routing.Strategies;

public sealed class StrategyProgramCacheTests
{
    [Fact]
    public async Task ASource_IsParsedOnce_AndGivesTheSameAnswerEachRun()
    {
        var cache = new StrategyProgramCache();
        var runner = Runner(cache: cache);
        // Literal arguments are what Jint caches inside the tree; the answer must still follow each call.
        var source = Route("route.attach('fixed', 'literal'); route.toQueue('q-' + call.ani, {priority: 3});");

        var answers = new List<string>();
        foreach (var ani in new[] { "111", "222", "333" })
        {
            var result = await runner.RunAsync(source, Call(ani));
            Assert.Equal(new Attach("fixed", "literal"), result.Instructions[0]);
            answers.Add(Assert.IsType<ToQueue>(result.Instructions[1]).Queue);
        }

        Assert.Equal(["q-111", "q-222", "q-333"], answers);
        Assert.Equal(1, cache.Parses);
    }

    [Fact]
    public async Task AReusedProgram_GivesEachRunItsOwnObjects()
    {
        // Jint 2.10 would cache the RegExp passed as a literal argument in the tree: the second run would see
        // the first run's object (lastIndex 7) from the first run's engine.
        var runner = Runner(cache: new StrategyProgramCache());
        var source = "function stamp(r) { var seen = r.lastIndex; r.lastIndex = 7; return seen; }\n"
            + Route("route.attach('seen', stamp(/x/g)); route.default();");

        var first = await runner.RunAsync(source, Call());
        var second = await runner.RunAsync(source, Call());

        Assert.Equal(new Attach("seen", "0"), first.Instructions[0]);
        Assert.Equal(new Attach("seen", "0"), second.Instructions[0]);
    }

    [Fact]
    public async Task DifferentSources_AreParsedSeparately()
    {
        var cache = new StrategyProgramCache();
        var runner = Runner(cache: cache);

        await runner.RunAsync(Route("route.toQueue('a');"), Call());
        await runner.RunAsync(Route("route.toQueue('b');"), Call());
        var again = await runner.RunAsync(Route("route.toQueue('a');"), Call());

        Assert.Equal("a", Assert.IsType<ToQueue>(again.Instructions.Single()).Queue);
        Assert.Equal(2, cache.Parses);
    }

    [Fact]
    public async Task ASyntaxError_IsRememberedToo()
    {
        var cache = new StrategyProgramCache();
        var runner = Runner(cache: cache);

        var first = await runner.RunAsync("function route( {", Call());
        var second = await runner.RunAsync("function route( {", Call());

        Assert.Equal(first.Message, second.Message);
        AssertFailed(StrategyFailure.SyntaxError, second);
        Assert.Equal(1, cache.Parses);
    }

    [Fact]
    public async Task ConcurrentRuns_OfOneSource_EachGetTheirOwnAnswer()
    {
        var cache = new StrategyProgramCache();
        var runner = Runner(cache: cache);
        var source = Route("var n = 0; for (var i = 0; i < 200; i++) { n += i; } route.toQueue('q-' + call.ani + '-' + n);");

        var results = await Task.WhenAll(Enumerable.Range(0, 16).Select(i => runner.RunAsync(source, Call(i.ToString(System.Globalization.CultureInfo.InvariantCulture)))));

        Assert.Equal(Enumerable.Range(0, 16).Select(i => $"q-{i}-19900"), results.Select(r => Assert.IsType<ToQueue>(r.Instructions.Single()).Queue));
        Assert.InRange(cache.Parses, 1, 16);
    }
}
