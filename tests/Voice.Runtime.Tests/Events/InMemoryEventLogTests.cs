using Voice.Runtime.Events;

namespace Voice.Runtime.Tests.Events;

public sealed class InMemoryEventLogTests
{
    [Fact]
    public async Task Append_AssignsPerKeySequenceAndStreamPosition()
    {
        var log = new InMemoryEventLog();

        await log.AppendAsync([new GrainEvent("s", "a", "1"), new GrainEvent("s", "b", "2"), new GrainEvent("s", "a", "3"), new GrainEvent("t", "a", "4")]);

        var s = await log.ReadAsync("s", 1, 10);
        var t = await log.ReadAsync("t", 1, 10);
        Assert.Equal(["a:1@1", "b:1@2", "a:2@3"], s.Select(e => $"{e.Key}:{e.Sequence}@{e.Position}"));
        Assert.Equal(["a:1@1"], t.Select(e => $"{e.Key}:{e.Sequence}@{e.Position}"));
    }

    [Fact]
    public async Task Read_FromPosition_SkipsEarlierEntriesAndHonoursMaxCount()
    {
        var log = new InMemoryEventLog();
        await log.AppendAsync([.. Enumerable.Range(1, 5).Select(i => new GrainEvent("s", "k", i.ToString(System.Globalization.CultureInfo.InvariantCulture)))]);

        var page = await log.ReadAsync("s", 3, 2);

        Assert.Equal(["3", "4"], page.Select(e => e.Payload));
    }

    [Fact]
    public async Task Tail_YieldsBacklogThenLiveEntries()
    {
        var log = new InMemoryEventLog();
        await log.AppendAsync([new GrainEvent("s", "k", "old1"), new GrainEvent("s", "k", "old2")]);
        using var cts = new CancellationTokenSource();
        var received = new List<string>();
        await using var tail = log.TailAsync("s", 2, cts.Token).GetAsyncEnumerator();

        Assert.True(await tail.MoveNextAsync());
        received.Add(tail.Current.Payload);
        var next = tail.MoveNextAsync();
        await log.AppendAsync([new GrainEvent("s", "k", "live")]);
        Assert.True(await next);
        received.Add(tail.Current.Payload);

        Assert.Equal(["old2", "live"], received);
        Assert.Equal(3, tail.Current.Sequence);
    }
}
