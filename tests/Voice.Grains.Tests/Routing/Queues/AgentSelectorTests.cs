using Voice.Grains.Routing.Queues;
using static Voice.Grains.Tests.Routing.Queues.QueueTestData;

namespace Voice.Grains.Tests.Routing.Queues;

public sealed class AgentSelectorTests
{
    private static readonly WaitingCall AnyCall = Call("call-1");

    [Fact]
    public void LongestIdle_PicksTheAgentReadyTheLongest()
    {
        var agents = new[] { Agent("a", idleSince: 30), Agent("b", idleSince: 5), Agent("c", idleSince: 20) };

        Assert.Equal("b", new LongestIdleSelector().Select(AnyCall, agents).AgentId);
    }

    [Fact]
    public void LongestIdle_Tie_GoesToTheLowerAgentId()
    {
        var agents = new[] { Agent("b", idleSince: 5), Agent("a", idleSince: 5) };

        Assert.Equal("a", new LongestIdleSelector().Select(AnyCall, agents).AgentId);
    }

    [Fact]
    public void RoundRobin_TakesAgentsInTurnByIdAndWraps()
    {
        var selector = new RoundRobinSelector();
        var agents = new[] { Agent("c"), Agent("a"), Agent("b") };

        var picks = Enumerable.Range(0, 4).Select(_ => selector.Select(AnyCall, agents).AgentId).ToList();

        Assert.Equal(["a", "b", "c", "a"], picks);
        Assert.Equal("a", selector.Cursor);
    }

    [Fact]
    public void RoundRobin_AgentsComingAndGoing_KeepsTheTurnAfterTheCursor()
    {
        var selector = new RoundRobinSelector();
        Assert.Equal("a", selector.Select(AnyCall, [Agent("a"), Agent("c")]).AgentId);

        // b joins and a is busy: the turn continues after a, so b comes before c.
        Assert.Equal("b", selector.Select(AnyCall, [Agent("b"), Agent("c")]).AgentId);
        // the cursor's own agent is gone and only lower ids remain: wrap around.
        Assert.Equal("a", selector.Select(AnyCall, [Agent("a")]).AgentId);
    }

    [Fact]
    public void RoundRobin_ResumesFromAStoredCursor()
    {
        var selector = new RoundRobinSelector("b");

        Assert.Equal("c", selector.Select(AnyCall, [Agent("a"), Agent("b"), Agent("c")]).AgentId);
    }

    [Fact]
    public void FewestCalls_PicksTheAgentWithTheFewestCalls()
    {
        var agents = new[] { Agent("a", calls: 4, idleSince: 0), Agent("b", calls: 1, idleSince: 50), Agent("c", calls: 2, idleSince: 10) };

        Assert.Equal("b", new FewestCallsSelector().Select(AnyCall, agents).AgentId);
    }

    [Fact]
    public void FewestCalls_Tie_GoesToTheLongestIdle()
    {
        var agents = new[] { Agent("a", calls: 2, idleSince: 40), Agent("b", calls: 2, idleSince: 10), Agent("c", calls: 3, idleSince: 0) };

        Assert.Equal("b", new FewestCallsSelector().Select(AnyCall, agents).AgentId);
    }

    [Fact]
    public void BestSkill_PicksTheHighestSummedLevelInTheRequiredSkills()
    {
        var call = Call("c1", skills: "sales:3,support:1");
        var agents = new[]
        {
            Agent("generalist", "sales:6,support:6,billing:10", idleSince: 0), // 12: billing is not asked for
            Agent("expert", "sales:10,support:4", idleSince: 60),             // 14
            Agent("novice", "sales:3,support:1", idleSince: 0),               // 4
        };

        Assert.Equal("expert", new BestSkillSelector().Select(call, agents).AgentId);
    }

    [Fact]
    public void BestSkill_Tie_GoesToTheLongestIdle()
    {
        var call = Call("c1", skills: "sales:3");
        var agents = new[] { Agent("a", "sales:8", idleSince: 30), Agent("b", "sales:8", idleSince: 10), Agent("c", "sales:5", idleSince: 0) };

        Assert.Equal("b", new BestSkillSelector().Select(call, agents).AgentId);
    }

    [Fact]
    public void BestSkill_NoSkillRequired_IsLongestIdle()
    {
        var agents = new[] { Agent("a", "sales:10", idleSince: 30), Agent("b", "sales:1", idleSince: 10) };

        Assert.Equal("b", new BestSkillSelector().Select(AnyCall, agents).AgentId);
    }

    [Fact]
    public void Random_UsesTheInjectedSource_OverAgentsInIdOrder()
    {
        var agents = new[] { Agent("c"), Agent("a"), Agent("b") };
        var expected = new Random(42);
        var selector = new RandomSelector(new Random(42));

        for (var i = 0; i < 20; i++)
        {
            var want = new[] { "a", "b", "c" }[expected.Next(3)];
            Assert.Equal(want, selector.Select(AnyCall, agents).AgentId);
        }
    }

    [Fact]
    public void Random_SameSeed_SameChoices_WhateverTheListOrder()
    {
        var one = new RandomSelector(new Random(7));
        var two = new RandomSelector(new Random(7));
        AgentCandidate[] forward = [Agent("a"), Agent("b"), Agent("c"), Agent("d")];
        AgentCandidate[] backward = [.. forward.Reverse()];

        var first = Enumerable.Range(0, 50).Select(_ => one.Select(AnyCall, forward).AgentId).ToList();
        var second = Enumerable.Range(0, 50).Select(_ => two.Select(AnyCall, backward).AgentId).ToList();

        Assert.Equal(first, second);
        Assert.Equal(4, first.Distinct().Count()); // 50 draws reach every agent: the choice is not stuck on one
    }

    [Theory]
    [InlineData(AgentSelection.LongestIdle, typeof(LongestIdleSelector))]
    [InlineData(AgentSelection.RoundRobin, typeof(RoundRobinSelector))]
    [InlineData(AgentSelection.FewestCalls, typeof(FewestCallsSelector))]
    [InlineData(AgentSelection.BestSkillLevel, typeof(BestSkillSelector))]
    [InlineData(AgentSelection.Random, typeof(RandomSelector))]
    public void Create_MakesTheConfiguredSelector(AgentSelection selection, Type expected) =>
        Assert.IsType(expected, AgentSelectors.Create(selection, new Random(1)));

    [Fact]
    public void Create_RoundRobin_StartsFromTheGivenCursor()
    {
        var selector = AgentSelectors.Create(AgentSelection.RoundRobin, roundRobinCursor: "a");

        Assert.Equal("b", selector.Select(AnyCall, [Agent("a"), Agent("b")]).AgentId);
    }
}
