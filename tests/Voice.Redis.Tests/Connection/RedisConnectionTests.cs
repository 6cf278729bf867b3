using Voice.Redis.Connection;
using Voice.Redis.Protocol;
using Voice.Redis.Tests.Support;

namespace Voice.Redis.Tests.Connection;

[Collection(RedisServerCollection.Name)]
public class RedisConnectionTests(RedisServerFixture fixture)
{
    [Theory]
    [InlineData(RedisProtocolVersion.Resp2)]
    [InlineData(RedisProtocolVersion.Resp3)]
    public async Task ExecuteAsync_ThousandConcurrentIncrs_CountsExactlyAndRepliesInOrder(RedisProtocolVersion protocol)
    {
        await using var connection = await RedisConnection.ConnectAsync(fixture.Options(protocol));
        string key = Keys.New("incr");
        var replies = await Task.WhenAll(Enumerable.Range(0, 1000).Select(_ => connection.ExecuteAsync("INCR", key)));
        // Each INCR returns the counter after it ran, so distinct callers see 1..1000 exactly once each;
        // a mismatched FIFO would hand someone a duplicate or a value from another command.
        Assert.Equal(Enumerable.Range(1, 1000).Select(i => (long)i), replies.Select(r => r.AsInt64()).Order());
        Assert.Equal(1000, (await connection.ExecuteAsync("GET", key)).AsInt64());
    }

    [Fact]
    public async Task ExecuteAsync_PipelinedFromOneCaller_RepliesMatchRequests()
    {
        await using var connection = await RedisConnection.ConnectAsync(fixture.Options());
        var tasks = Enumerable.Range(0, 500).Select(i => connection.ExecuteAsync("ECHO", $"value-{i}")).ToArray();
        var replies = await Task.WhenAll(tasks);
        Assert.Equal(Enumerable.Range(0, 500).Select(i => $"value-{i}"), replies.Select(r => r.AsString()));
    }

    [Fact]
    public async Task ConnectAsync_Resp3_NegotiatesResp3()
    {
        await using var connection = await RedisConnection.ConnectAsync(fixture.Options());
        Assert.Equal(RedisProtocolVersion.Resp3, connection.Protocol);
        Assert.Equal(RedisReplyType.Map, (await connection.ExecuteAsync("HELLO")).Type);
    }

    [Fact]
    public async Task ExecuteAsync_SlowCommand_TimeoutNamesCommand()
    {
        await using var connection = await RedisConnection.ConnectAsync(fixture.Options());
        // The server sleeps 15 times the timeout: a timer firing late on a loaded machine still fires first.
        var ex = await Assert.ThrowsAsync<RedisTimeoutException>(
            () => connection.ExecuteAsync("DEBUG SLEEP", ["1.5"], TimeSpan.FromMilliseconds(100)));
        Assert.Equal("DEBUG SLEEP timed out after 100 ms", ex.Message);
        Assert.Equal("DEBUG SLEEP", ex.Command);
        // The late reply is consumed by the abandoned command, so the next command gets its own reply.
        Assert.Equal("after", (await connection.ExecuteAsync("ECHO", "after")).AsString());
    }

    [Fact]
    public async Task ExecuteAsync_ServerError_CarriesCommandAndPrefix()
    {
        await using var connection = await RedisConnection.ConnectAsync(fixture.Options());
        string key = Keys.New("wrongtype");
        await connection.ExecuteAsync("HSET", key, "f", "v");
        var ex = await Assert.ThrowsAsync<RedisServerException>(() => connection.ExecuteAsync("GET", key));
        Assert.Equal("WRONGTYPE", ex.Prefix);
        Assert.Equal("GET", ex.Command);
        Assert.StartsWith("GET failed: WRONGTYPE", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExecuteAsync_NullArgument_ThrowsBeforeSending()
    {
        await using var connection = await RedisConnection.ConnectAsync(fixture.Options());
        await Assert.ThrowsAsync<ArgumentException>(() => connection.ExecuteAsync("GET", RedisValue.Null));
        Assert.Equal("PONG", (await connection.ExecuteAsync("PING")).AsString());
    }

    [Fact]
    public async Task ConnectAsync_Database_SelectsIt()
    {
        await using var connection = await RedisConnection.ConnectAsync(fixture.Options() with { Database = 3, ClientName = "voice-test" });
        string key = Keys.New("db");
        await connection.ExecuteAsync("SET", key, "x");
        await using var other = await RedisConnection.ConnectAsync(fixture.Options());
        Assert.True((await other.ExecuteAsync("GET", key)).IsNull);
        Assert.Equal("voice-test", (await connection.ExecuteAsync("CLIENT GETNAME")).AsString());
    }

    [Fact]
    public async Task ConnectAsync_NothingListening_ThrowsConnectionException()
    {
        var options = fixture.Options() with { EndPoint = "127.0.0.1:1" };
        await Assert.ThrowsAsync<RedisConnectionException>(() => RedisConnection.ConnectAsync(options));
    }
}
