using Voice.Redis.Connection;
using Voice.Redis.Protocol;
using Voice.Redis.Streams;
using Voice.Redis.Tests.Support;

namespace Voice.Redis.Tests.Streams;

[Collection(RedisServerCollection.Name)]
public class StreamCommandsTests(RedisServerFixture fixture)
{
    private static KeyValuePair<string, RedisValue>[] Event(int n) => [new("type", "grain-activated"), new("n", n)];

    [Theory]
    [InlineData(RedisProtocolVersion.Resp2)]
    [InlineData(RedisProtocolVersion.Resp3)]
    public async Task AddRangeLength_WithApproximateTrim_RoundTrip(RedisProtocolVersion protocol)
    {
        await using var client = await fixture.ConnectAsync(protocol);
        string key = Keys.New("events");
        string first = await client.StreamAddAsync(key, Event(1), maxLength: 1000);
        await client.StreamAddAsync(key, Event(2), maxLength: 1000);
        Assert.Equal(2, await client.StreamLengthAsync(key));
        var entries = await client.StreamRangeAsync(key);
        Assert.Equal(first, entries[0].Id);
        Assert.Equal([1L, 2L], entries.Select(e => e["n"].ToInt64()));
        Assert.Equal("grain-activated", entries[1]["type"].ToString());
        Assert.Single(await client.StreamRangeAsync(key, count: 1));
    }

    [Theory]
    [InlineData(RedisProtocolVersion.Resp2)]
    [InlineData(RedisProtocolVersion.Resp3)]
    public async Task GroupFlow_ReadGroupAckAutoClaim_DeliversAndReassigns(RedisProtocolVersion protocol)
    {
        await using var client = await fixture.ConnectAsync(protocol);
        string key = Keys.New("work");
        Assert.True(await client.StreamCreateGroupAsync(key, "workers", "0"));
        string id1 = await client.StreamAddAsync(key, Event(1));
        string id2 = await client.StreamAddAsync(key, Event(2));

        var read = await client.StreamReadGroupAsync("workers", "alice", [new StreamPosition(key, ">")], count: 10);
        var stream = Assert.Single(read);
        Assert.Equal(key, stream.Key);
        Assert.Equal([id1, id2], stream.Entries.Select(e => e.Id));
        Assert.Empty(await client.StreamReadGroupAsync("workers", "alice", [new StreamPosition(key, ">")]));

        Assert.Equal(1, await client.StreamAcknowledgeAsync(key, "workers", [id1]));
        // alice never acknowledged id2: bob takes it over (min idle 0 makes it immediately claimable).
        var claimed = await client.StreamAutoClaimAsync(key, "workers", "bob", TimeSpan.Zero);
        Assert.Equal([id2], claimed.Entries.Select(e => e.Id));
        Assert.Equal("0-0", claimed.NextStartId);
        Assert.Empty(claimed.DeletedIds);
        Assert.Equal(1, await client.StreamAcknowledgeAsync(key, "workers", [id2]));
        Assert.Empty((await client.StreamAutoClaimAsync(key, "workers", "bob", TimeSpan.Zero)).Entries);
    }

    [Fact]
    public async Task StreamReadAsync_BlockOnDedicatedConnection_DoesNotBlockOtherCallers()
    {
        await using var client = await fixture.ConnectAsync();
        string key = Keys.New("blocking");
        var blocked = client.StreamReadAsync([new StreamPosition(key, "0-0")], block: TimeSpan.FromSeconds(10));
        await WaitForBlockedClientAsync(client);
        // The server holds the XREAD; the shared connection keeps serving other callers meanwhile.
        Assert.Equal("PONG", (await client.ExecuteAsync("PING")).AsString());
        Assert.False(blocked.IsCompleted);
        string id = await client.StreamAddAsync(key, Event(9));
        var result = Assert.Single(await blocked);
        Assert.Equal(id, Assert.Single(result.Entries).Id);
    }

    [Fact]
    public async Task StreamReadAsync_BlockElapses_ReturnsEmpty()
    {
        await using var client = await fixture.ConnectAsync();
        Assert.Empty(await client.StreamReadAsync([new StreamPosition(Keys.New("quiet"), "$")], count: 1, block: TimeSpan.FromMilliseconds(50)));
    }

    /// <summary>Waits (bounded) until the external server reports the XREAD as a blocked client.</summary>
    private static async Task WaitForBlockedClientAsync(Voice.Redis.Commands.RedisClient client)
    {
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        while (!(await client.ExecuteAsync("INFO", "clients")).AsString()!.Contains("blocked_clients:1", StringComparison.Ordinal))
        {
            await Task.Delay(10, deadline.Token);
        }
    }
}
