using Voice.Grains.Routing.Strategies;
using static Voice.Grains.Tests.Routing.Strategies.StrategyTestData;

namespace Voice.Grains.Tests.Routing.Strategies;

public sealed class StrategyArgumentTests
{
    [Theory]
    [InlineData("route.toQueue();", "route.toQueue: queue must be a non-empty string, got undefined")]
    [InlineData("route.toQueue('');", "queue must be a non-empty string, got ''")]
    [InlineData("route.toQueue(42);", "queue must be a non-empty string, got 42")]
    [InlineData("route.toQueue('sales', 'fast');", "options must be an object, got 'fast'")]
    [InlineData("route.toQueue('sales', [1]);", "options must be an object, got an array")]
    [InlineData("route.toQueue('sales', {skill: {sales: 3}});", "unknown option 'skill' (options are skills, priority, timeoutSec)")]
    [InlineData("route.toQueue('sales', {skills: ['sales']});", "skills must be an object of skill name → lowest level")]
    [InlineData("route.toQueue('sales', {skills: {sales: 11}});", "the level of skill 'sales' must be a whole number from 1 to 10, got 11")]
    [InlineData("route.toQueue('sales', {skills: {sales: 0}});", "from 1 to 10, got 0")]
    [InlineData("route.toQueue('sales', {skills: {sales: '5'}});", "got '5'")]
    [InlineData("route.toQueue('sales', {priority: -1});", "priority must be a whole number from 0 to 100, got -1")]
    [InlineData("route.toQueue('sales', {priority: 101});", "priority must be a whole number from 0 to 100, got 101")]
    [InlineData("route.toQueue('sales', {priority: 2.5});", "priority must be a whole number from 0 to 100, got 2.5")]
    [InlineData("route.toQueue('sales', {priority: 'high'});", "got 'high'")]
    [InlineData("route.toQueue('sales', {priority: NaN});", "got NaN")]
    [InlineData("route.toQueue('sales', {timeoutSec: 0});", "timeoutSec must be a whole number from 1 to 86400, got 0")]
    [InlineData("route.toQueue('sales', {}, 3);", "takes at most 2 argument(s), got 3")]
    [InlineData("route.toAgent();", "route.toAgent: agent id must be a non-empty string")]
    [InlineData("route.toAgent({id: 'a'});", "got an object")]
    [InlineData("route.toDN(1002);", "route.toDN: dn must be a non-empty string, got 1002")]
    [InlineData("route.attach('', 'v');", "route.attach: key must be a non-empty string")]
    [InlineData("route.attach('k');", "value must be a string, number or boolean, got undefined")]
    [InlineData("route.attach('k', {a: 1});", "value must be a string, number or boolean, got an object")]
    [InlineData("route.attach('k', null);", "got null")]
    [InlineData("route.treatment();", "route.treatment: type must be a non-empty string")]
    [InlineData("route.treatment('music', {file: function () {}});", "param 'file' must be a string, number or boolean, got a function")]
    [InlineData("route.default('sales');", "route.default: takes at most 0 argument(s), got 1")]
    public async Task InvalidArguments_FailTheRun_WithAClearMessage(string code, string message)
    {
        AssertFailed(StrategyFailure.InvalidArgument, await RunAsync(Route(code + " route.default();")), message);
    }

    [Fact]
    public async Task InvalidArgument_CannotBeCaughtByTheScript()
    {
        var result = await RunAsync(Route("try { route.toQueue('sales', {priority: 500}); } catch (e) { } route.default();"));

        AssertFailed(StrategyFailure.InvalidArgument, result, "priority");
    }

    [Fact]
    public async Task UndefinedOptionValues_MeanNotGiven()
    {
        var result = await RunAsync(Route("route.toQueue('sales', {skills: undefined, timeoutSec: undefined});"));

        var queue = Assert.IsType<ToQueue>(result.Instructions.Single());
        Assert.Equal((0, (int?)null), (queue.Priority, queue.TimeoutSec));
        Assert.Empty(queue.Skills);
    }

    [Fact]
    public async Task OptionsBuiltWithObjectCreate_ReadOnlyOwnProperties()
    {
        // An inherited priority is not an option the strategy gave: only own properties count.
        var result = await RunAsync(Route("var o = Object.create({priority: 99}); o.timeoutSec = 5; route.toQueue('sales', o);"));

        var queue = Assert.IsType<ToQueue>(result.Instructions.Single());
        Assert.Equal((0, (int?)5), (queue.Priority, queue.TimeoutSec));
    }
}
