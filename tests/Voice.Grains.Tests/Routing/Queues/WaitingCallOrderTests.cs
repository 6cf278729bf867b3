using Voice.Grains.Routing.Queues;
using static Voice.Grains.Tests.Routing.Queues.QueueTestData;

namespace Voice.Grains.Tests.Routing.Queues;

public sealed class WaitingCallOrderTests
{
    [Fact]
    public void HigherPriority_IsServedBeforeOlderCalls()
    {
        var list = new WaitingList();
        list.Add(Call("old-low", enqueuedAt: 0, priority: 1));
        list.Add(Call("new-high", enqueuedAt: 30, priority: 5));
        list.Add(Call("mid-normal", enqueuedAt: 10, priority: 3));

        Assert.Equal(["new-high", "mid-normal", "old-low"], Keys(list.Ordered));
    }

    [Fact]
    public void SamePriority_OlderFirst()
    {
        var list = new WaitingList();
        list.Add(Call("c", enqueuedAt: 20));
        list.Add(Call("a", enqueuedAt: 0));
        list.Add(Call("b", enqueuedAt: 10));

        Assert.Equal(["a", "b", "c"], Keys(list.Ordered));
    }

    [Fact]
    public void SamePriorityAndAge_OrderedByCallKey_SoEveryNodeAgrees()
    {
        Assert.True(WaitingCallOrder.Instance.Compare(Call("k1"), Call("k2")) < 0);
        Assert.True(WaitingCallOrder.Instance.Compare(Call("k2"), Call("k1")) > 0);
        Assert.Equal(0, WaitingCallOrder.Instance.Compare(Call("k1"), Call("k1")));
    }

    [Fact]
    public void PutBackCall_GoesBeforeHigherPriorityAndOlderCalls()
    {
        var list = new WaitingList();
        list.Add(Call("oldest", enqueuedAt: 0, priority: 0));
        list.Add(Call("urgent", enqueuedAt: 5, priority: 9));
        var offered = Call("offered", enqueuedAt: 40, priority: 0);

        list.PutBack(offered);

        Assert.Equal(["offered", "urgent", "oldest"], Keys(list.Ordered));
        Assert.Equal(At(40), list.Ordered[0].EnqueuedAt);
    }

    [Fact]
    public void SeveralPutBackCalls_KeepPriorityThenAgeAmongThemselves()
    {
        var list = new WaitingList();
        list.Add(Call("waiting", enqueuedAt: 0, priority: 9));
        list.PutBack(Call("back-young", enqueuedAt: 30));
        list.PutBack(Call("back-old", enqueuedAt: 10));
        list.PutBack(Call("back-urgent", enqueuedAt: 50, priority: 2));

        Assert.Equal(["back-urgent", "back-old", "back-young", "waiting"], Keys(list.Ordered));
    }

    [Fact]
    public void Add_SameKeyAgain_ReplacesTheEntry()
    {
        var list = new WaitingList();
        list.Add(Call("a", enqueuedAt: 0, priority: 1));
        list.Add(Call("b", enqueuedAt: 5, priority: 2));

        list.Add(Call("a", enqueuedAt: 0, priority: 3));

        Assert.Equal(2, list.Count);
        Assert.Equal(["a", "b"], Keys(list.Ordered));
    }

    [Fact]
    public void Remove_TakesTheCallOut_AndReportsWhetherItWasThere()
    {
        var list = new WaitingList();
        list.Add(Call("a"));
        list.Add(Call("b", enqueuedAt: 1));

        Assert.True(list.Remove("a"));
        Assert.False(list.Remove("a"));
        Assert.False(list.Contains("a"));
        Assert.Equal(["b"], Keys(list.Ordered));
    }

    [Fact]
    public void OldestEnqueuedAt_IsTheEarliestCall_NotTheFirstServed()
    {
        var list = new WaitingList();
        Assert.Null(list.OldestEnqueuedAt);

        list.Add(Call("urgent", enqueuedAt: 60, priority: 9));
        list.Add(Call("patient", enqueuedAt: 10));

        Assert.Equal("urgent", list.Ordered[0].CallKey);
        Assert.Equal(At(10), list.OldestEnqueuedAt);
    }
}
