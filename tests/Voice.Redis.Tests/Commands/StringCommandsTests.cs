using Voice.Redis.Commands;
using Voice.Redis.Connection;
using Voice.Redis.Tests.Support;

namespace Voice.Redis.Tests.Commands;

[Collection(RedisServerCollection.Name)]
public class StringCommandsTests(RedisServerFixture fixture)
{
    [Theory]
    [InlineData(RedisProtocolVersion.Resp2)]
    [InlineData(RedisProtocolVersion.Resp3)]
    public async Task SetGetDeleteExists_RoundTrip(RedisProtocolVersion protocol)
    {
        await using var client = await fixture.ConnectAsync(protocol);
        string key = Keys.New("str");
        Assert.True((await client.GetAsync(key)).IsNull);
        Assert.True(await client.SetAsync(key, "héllo"));
        Assert.Equal("héllo", (await client.GetAsync(key)).ToString());
        Assert.True(await client.ExistsAsync(key));
        Assert.True(await client.DeleteAsync(key));
        Assert.False(await client.ExistsAsync(key));
        Assert.Equal(0, await client.DeleteAsync([key, Keys.New("none")]));
    }

    [Fact]
    public async Task SetAsync_NxAndXx_RespectConditions()
    {
        await using var client = await fixture.ConnectAsync();
        string key = Keys.New("lease");
        Assert.False(await client.SetAsync(key, "a", condition: RedisSetCondition.IfExists));
        Assert.True(await client.SetAsync(key, "owner-1", condition: RedisSetCondition.IfNotExists));
        Assert.False(await client.SetAsync(key, "owner-2", condition: RedisSetCondition.IfNotExists));
        Assert.Equal("owner-1", (await client.GetAsync(key)).ToString());
        Assert.True(await client.SetAsync(key, "owner-3", condition: RedisSetCondition.IfExists));
        Assert.Equal("owner-3", (await client.GetAsync(key)).ToString());
    }

    [Fact]
    public async Task SetAsync_WithPxExpiry_SetsTtl()
    {
        await using var client = await fixture.ConnectAsync();
        string key = Keys.New("ttl");
        Assert.True(await client.SetAsync(key, "v", TimeSpan.FromSeconds(30)));
        TimeSpan? ttl = await client.GetTimeToLiveAsync(key);
        Assert.InRange(ttl!.Value, TimeSpan.FromSeconds(25), TimeSpan.FromSeconds(30));
    }

    [Fact]
    public async Task ExpireAsync_SecondsAndMilliseconds_SetTtl()
    {
        await using var client = await fixture.ConnectAsync();
        string key = Keys.New("exp");
        Assert.False(await client.ExpireAsync(key, TimeSpan.FromSeconds(5)));
        await client.SetAsync(key, "v");
        Assert.Null(await client.GetTimeToLiveAsync(key));
        Assert.True(await client.ExpireAsync(key, TimeSpan.FromSeconds(100)));
        Assert.InRange((await client.GetTimeToLiveAsync(key))!.Value, TimeSpan.FromSeconds(95), TimeSpan.FromSeconds(100));
        Assert.True(await client.ExpireAsync(key, TimeSpan.FromMilliseconds(50_500)));
        Assert.InRange((await client.GetTimeToLiveAsync(key))!.Value, TimeSpan.FromSeconds(45), TimeSpan.FromMilliseconds(50_500));
    }

    [Fact]
    public async Task IncrementAsync_CountsUp()
    {
        await using var client = await fixture.ConnectAsync();
        string key = Keys.New("counter");
        Assert.Equal(1, await client.IncrementAsync(key));
        Assert.Equal(2, await client.IncrementAsync(key));
        Assert.Equal(2, (await client.GetAsync(key)).ToInt64());
    }

    [Fact]
    public async Task ExecuteAsync_GenericCommand_ReturnsReply()
    {
        await using var client = await fixture.ConnectAsync();
        string key = Keys.New("generic");
        await client.ExecuteAsync("RPUSH", key, "a", "b", "c");
        var reply = await client.ExecuteAsync("LRANGE", key, 0, -1);
        Assert.Equal(["a", "b", "c"], reply.Elements.Select(e => e.AsString()));
    }

    [Fact]
    public async Task StreamCreateGroupAsync_RawDuplicate_ServerErrorHasBusyGroupPrefix()
    {
        await using var client = await fixture.ConnectAsync();
        string key = Keys.New("busy");
        Assert.True(await client.StreamCreateGroupAsync(key, "g"));
        Assert.False(await client.StreamCreateGroupAsync(key, "g"));
        var ex = await Assert.ThrowsAsync<RedisServerException>(() => client.ExecuteAsync("XGROUP CREATE", key, "g", "$"));
        Assert.Equal("BUSYGROUP", ex.Prefix);
        Assert.Equal("XGROUP CREATE", ex.Command);
    }
}
