using System.Diagnostics;
using Voice.Redis.Commands;
using Voice.Redis.Connection;
using Voice.Runtime.Placement;
using Xunit.Abstractions;

namespace Voice.Runtime.Cluster.Tests;

/// <summary>
/// What only real processes show: a node killed with SIGKILL loses no committed state and its grains answer from
/// another node within 5 s; a node frozen with SIGSTOP cannot, once thawed, overwrite what the new owner wrote.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class NodeFailureTests(ITestOutputHelper output) : IAsyncLifetime
{
    private static readonly TimeSpan RetryInterval = TimeSpan.FromMilliseconds(100);
    private ClusterProcesses _cluster = null!;

    public async Task InitializeAsync() => _cluster = await ClusterProcesses.StartAsync(3);

    public Task DisposeAsync() => _cluster.DisposeAsync().AsTask();

    [Fact]
    public async Task KillOwner_GrainAnswersFromAnotherNodeWithLastCommittedState_WithinFiveSeconds()
    {
        var grain = _cluster.Register("survivor");
        await grain.SetAsync("first");
        await grain.SetAsync("last-committed");
        var owner = await grain.WhereAsync();

        await _cluster.Nodes[owner].KillAsync();
        var clock = Stopwatch.StartNew();
        var (value, where) = await EventuallyAsync(async () => (await grain.GetAsync(), await grain.WhereAsync()), TimeSpan.FromSeconds(20));
        clock.Stop();

        output.WriteLine($"slot takeover after kill -9 of {owner}: grain answered from {where} after {clock.ElapsedMilliseconds} ms");
        Assert.Equal("last-committed", value);
        Assert.NotEqual(owner, where);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"took {clock.ElapsedMilliseconds} ms");
    }

    [Fact]
    public async Task PausedOwner_ResumesAfterTakeover_ItsStaleWriteIsFenced()
    {
        var grain = _cluster.Register("contested");
        await grain.SetAsync("before");
        var oldOwner = await grain.WhereAsync();
        var slot = SlotHasher.GetSlot(new GrainId("register", "contested"));

        // The old owner decides to write, then freezes before the write reaches Redis.
        var staleWrite = grain.SetAfterAsync("stale", 1500);
        await _cluster.Nodes[oldOwner].WaitForLineAsync("SET-AFTER WAITING contested", TimeSpan.FromSeconds(10));
        _cluster.Nodes[oldOwner].Pause();
        await _cluster.WaitUntilAsync(v => v.Slots[slot] is { } o && o.NodeId != oldOwner, TimeSpan.FromSeconds(20));

        await EventuallyAsync(async () =>
        {
            await grain.SetAsync("fresh");
            return true;
        }, TimeSpan.FromSeconds(10));
        var newOwner = await grain.WhereAsync();
        _cluster.Nodes[oldOwner].Resume();

        var stale = await Record.ExceptionAsync(() => staleWrite.WaitAsync(TimeSpan.FromSeconds(20)));
        output.WriteLine($"old owner {oldOwner}, new owner {newOwner}; stale write ended with: {stale?.GetType().Name}: {stale?.Message}");
        Assert.NotEqual(oldOwner, newOwner);
        Assert.NotNull(stale);
        Assert.Equal("fresh", await grain.GetAsync());
        Assert.DoesNotContain("set:stale", await StreamEventsAsync("contested"));
        Assert.Contains("set:fresh", await StreamEventsAsync("contested"));
    }

    private async Task<List<string>> StreamEventsAsync(string key)
    {
        await using var redis = await RedisClient.ConnectAsync(new RedisClientOptions { EndPoint = _cluster.Redis.EndPoint });
        var reply = await redis.ExecuteAsync("XRANGE", ["voice:stream:registers", "-", "+"]);
        var events = new List<string>();
        foreach (var entry in reply.Elements)
        {
            var fields = entry.Elements[1].Elements;
            string? k = null, e = null;
            for (var i = 0; i + 1 < fields.Count; i += 2)
            {
                switch (fields[i].AsString())
                {
                    case "key": k = fields[i + 1].AsString(); break;
                    case "event": e = fields[i + 1].AsString(); break;
                }
            }

            if (k == key && e is not null)
            {
                events.Add(e);
            }
        }

        return events;
    }

    private static async Task<T> EventuallyAsync<T>(Func<Task<T>> attempt, TimeSpan limit)
    {
        var deadline = DateTime.UtcNow + limit;
        while (true)
        {
            try
            {
                return await attempt();
            }
            catch (Exception) when (DateTime.UtcNow < deadline)
            {
                // Retrying is what a real client does while the cluster fails over; the deadline bounds it.
                await Task.Delay(RetryInterval);
            }
        }
    }
}
