using Voice.Grains.Routing.Queues;
using static Voice.Grains.Tests.Routing.Queues.QueueTestData;

namespace Voice.Grains.Tests.Routing.Queues;

public sealed class QueueMatcherTests
{
    private static IReadOnlyList<(string Call, string Agent)> Pairs(IReadOnlyList<CallAssignment> assignments) =>
        [.. assignments.Select(a => (a.Call.CallKey, a.Agent.AgentId))];

    [Fact]
    public void CallsInQueueOrder_GetTheSelectorsChoice_OneAgentEach()
    {
        var calls = new[] { Call("young", enqueuedAt: 20), Call("old", enqueuedAt: 0), Call("urgent", enqueuedAt: 30, priority: 5) };
        var agents = new[] { Agent("a", idleSince: 10), Agent("b", idleSince: 0), Agent("c", idleSince: 5) };

        var result = QueueMatcher.Match(calls, agents, new LongestIdleSelector());

        Assert.Equal([("urgent", "b"), ("old", "c"), ("young", "a")], Pairs(result));
    }

    [Fact]
    public void MoreCallsThanAgents_OnlyTheFirstCallsAreServed()
    {
        var calls = new[] { Call("c1", 0), Call("c2", 1), Call("c3", 2) };

        var result = QueueMatcher.Match(calls, [Agent("a")], new LongestIdleSelector());

        Assert.Equal([("c1", "a")], Pairs(result));
    }

    [Fact]
    public void ACallNoAgentQualifiesFor_DoesNotHoldUpTheCallsBehindIt()
    {
        var calls = new[] { Call("needs-billing", 0, skills: "billing:5"), Call("needs-sales", 10, skills: "sales:3") };

        var result = QueueMatcher.Match(calls, [Agent("a", "sales:4,billing:2")], new LongestIdleSelector());

        Assert.Equal([("needs-sales", "a")], Pairs(result));
    }

    [Fact]
    public void GreedyInQueueOrder_TheFirstCallTakesItsChoice_EvenAnAgentALaterCallNeeded()
    {
        // Fair to the first caller: an optimal pairing would give "general" the junior, but only by letting a
        // younger call jump the queue. "expert-only" waits for the next agent with support 9.
        var calls = new[] { Call("general", 0), Call("expert-only", 10, skills: "support:9") };
        var agents = new[] { Agent("expert", "support:9", idleSince: 0), Agent("junior", "support:2", idleSince: 5) };

        var result = QueueMatcher.Match(calls, agents, new LongestIdleSelector());

        Assert.Equal([("general", "expert")], Pairs(result));
    }

    [Fact]
    public void NoReadyAgents_NoAssignments()
    {
        Assert.Empty(QueueMatcher.Match([Call("c1")], [], new LongestIdleSelector()));
    }

    [Fact]
    public void AnAgentListedTwice_IsStillGivenOneCall()
    {
        var calls = new[] { Call("c1", 0), Call("c2", 1) };

        var result = QueueMatcher.Match(calls, [Agent("a"), Agent("a")], new RoundRobinSelector());

        Assert.Equal([("c1", "a")], Pairs(result));
    }

    [Fact]
    public void PutBackCall_IsOfferedFirst_ToTheNextAgent()
    {
        var list = new WaitingList();
        list.Add(Call("waiting", enqueuedAt: 0, priority: 3));
        list.PutBack(Call("rang-out", enqueuedAt: 20));

        var result = QueueMatcher.Match(list.Ordered, [Agent("next", idleSince: 0)], new LongestIdleSelector());

        Assert.Equal([("rang-out", "next")], Pairs(result));
    }

    [Fact]
    public void RoundRobin_AdvancesOncePerAssignment()
    {
        var selector = new RoundRobinSelector();
        var agents = new[] { Agent("a"), Agent("b"), Agent("c") };

        var first = QueueMatcher.Match([Call("c1", 0), Call("c2", 1)], agents, selector);
        var second = QueueMatcher.Match([Call("c3", 2)], agents, selector);

        Assert.Equal([("c1", "a"), ("c2", "b")], Pairs(first));
        Assert.Equal([("c3", "c")], Pairs(second));
    }
}
