using Voice.Runtime.Events;
using Voice.Runtime.Redis.Adapters;
using Voice.Runtime.Redis.Tests.Grains;
using Voice.Runtime.Redis.Tests.Support;

namespace Voice.Runtime.Redis.Tests.Hosting;

/// <summary>Events committed with grain state land in the Redis stream and come back through RedisEventLog.</summary>
public sealed class ClusterEventLogTests(RedisServerFixture fixture) : IClassFixture<RedisServerFixture>, IAsyncLifetime
{
    private readonly TestNetwork _network = new();
    private readonly ClusterProbe _probe = new();
    private RuntimeNode _node = null!;

    private RedisEventLog Log => _node.Cluster.EventLog;

    public async Task InitializeAsync() => _node = await RuntimeNode.StartAsync(fixture, RedisServerFixture.SteadyOptions(), "solo", _network, _probe);

    public Task DisposeAsync() => _node.DisposeAsync().AsTask();

    [Fact]
    public async Task StateWriteEvents_InRedisStream_CarryKeyEventAndPerKeySeq()
    {
        await _node.Ledger("x").AddAsync(4);
        await _node.Ledger("y").AddAsync(9);
        await _node.Ledger("x").AddAsync(6);

        var client = await fixture.ConnectAsync();
        await using (client)
        {
            var raw = await client.StreamReadAsync([new(_node.Cluster.Node.States.StreamKey("ledger"), "0-0")]);
            var fields = raw.Single().Entries.Select(e => (e["key"].ToString(), e["event"].ToString(), e["seq"].ToInt64())).ToArray();
            Assert.Equal([("x", "4", 1L), ("y", "9", 1L), ("x", "6", 2L)], fields);
        }
    }

    [Fact]
    public async Task ReadAsync_FromPosition_ReturnsThatEntryAndLaterOnes()
    {
        for (var i = 1; i <= 4; i++)
        {
            await _node.Ledger("r").AddAsync(i);
        }

        var all = await Log.ReadAsync("ledger", 1, 100);
        Assert.Equal([1L, 2, 3, 4], all.Select(e => e.Sequence));
        Assert.Equal(["1", "2", "3", "4"], all.Select(e => e.Payload));
        Assert.True(all.Zip(all.Skip(1)).All(pair => pair.First.Position < pair.Second.Position), "positions rise");

        var rest = await Log.ReadAsync("ledger", all[2].Position, 100);
        Assert.Equal([3L, 4], rest.Select(e => e.Sequence));
        Assert.Empty(await Log.ReadAsync("ledger", all[3].Position + 1, 100));
    }

    [Fact]
    public async Task TailAsync_FromPosition_YieldsStoredThenLiveEntries()
    {
        await _node.Ledger("t").AddAsync(1);
        using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        var received = new List<EventLogEntry>();
        var tail = Task.Run(async () =>
        {
            await foreach (var entry in Log.TailAsync("ledger", 1, cancel.Token))
            {
                received.Add(entry);
                if (received.Count == 3)
                {
                    return;
                }
            }
        });

        await _node.Ledger("t").AddAsync(2);
        await _node.Ledger("t").AddAsync(3);
        await tail;

        Assert.Equal([1L, 2, 3], received.Select(e => e.Sequence));
        Assert.All(received, e => Assert.Equal("t", e.Key));
    }

    [Fact]
    public async Task AppendAsync_OutsideStateWrite_ContinuesThePerKeySequence()
    {
        await _node.Ledger("k").AddAsync(1);

        var appended = await Log.AppendAsync([new GrainEvent("ledger", "k", "manual"), new GrainEvent("ledger", "other", "first")]);

        Assert.Equal([2L, 1], appended.Select(e => e.Sequence));
        var stored = await Log.ReadAsync("ledger", appended[0].Position, 10);
        Assert.Equal(appended, stored);
    }
}
