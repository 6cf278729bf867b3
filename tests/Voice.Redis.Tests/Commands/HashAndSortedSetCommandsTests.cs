using Voice.Redis.Connection;
using Voice.Redis.Protocol;
using Voice.Redis.Tests.Support;

namespace Voice.Redis.Tests.Commands;

[Collection(RedisServerCollection.Name)]
public class HashAndSortedSetCommandsTests(RedisServerFixture fixture)
{
    [Theory]
    [InlineData(RedisProtocolVersion.Resp2)]
    [InlineData(RedisProtocolVersion.Resp3)]
    public async Task Hash_SetGetAllDelete_RoundTrip(RedisProtocolVersion protocol)
    {
        await using var client = await fixture.ConnectAsync(protocol);
        string key = Keys.New("hash");
        Assert.True(await client.HashSetAsync(key, "state", "{\"n\":1}"));
        Assert.False(await client.HashSetAsync(key, "state", "{\"n\":2}"));
        Assert.Equal(1, await client.HashSetAsync(key, [new KeyValuePair<RedisValue, RedisValue>("etag", 7), new("state", "{\"n\":3}")]));
        Assert.Equal("{\"n\":3}", (await client.HashGetAsync(key, "state")).ToString());
        Assert.True((await client.HashGetAsync(key, "missing")).IsNull);
        var all = await client.HashGetAllAsync(key);
        Assert.Equal(2, all.Count);
        Assert.Equal(7, all["etag"].ToInt64());
        Assert.Equal(1, await client.HashDeleteAsync(key, ["etag", "missing"]));
        Assert.Single(await client.HashGetAllAsync(key));
        Assert.Empty(await client.HashGetAllAsync(Keys.New("nohash")));
    }

    [Theory]
    [InlineData(RedisProtocolVersion.Resp2)]
    [InlineData(RedisProtocolVersion.Resp3)]
    public async Task SortedSet_AddRangeScoreRemove_RoundTrip(RedisProtocolVersion protocol)
    {
        await using var client = await fixture.ConnectAsync(protocol);
        string key = Keys.New("reminders");
        Assert.True(await client.SortedSetAddAsync(key, "r1", 100));
        Assert.True(await client.SortedSetAddAsync(key, "r2", 200.5));
        Assert.True(await client.SortedSetAddAsync(key, "r3", 300));
        Assert.False(await client.SortedSetAddAsync(key, "r1", 50));
        Assert.Equal(200.5, await client.SortedSetScoreAsync(key, "r2"));
        Assert.Null(await client.SortedSetScoreAsync(key, "none"));

        var due = await client.SortedSetRangeByScoreAsync(key, double.NegativeInfinity, 250);
        Assert.Equal([("r1", 50.0), ("r2", 200.5)], due.Select(e => (e.Member.ToString(), e.Score)));
        var page = await client.SortedSetRangeByScoreAsync(key, 0, double.PositiveInfinity, offset: 1, count: 1);
        Assert.Equal("r2", Assert.Single(page).Member.ToString());

        Assert.Equal(1, await client.SortedSetRemoveAsync(key, ["r1", "none"]));
        Assert.Equal(2, (await client.SortedSetRangeByScoreAsync(key, double.NegativeInfinity, double.PositiveInfinity)).Count);
    }
}
