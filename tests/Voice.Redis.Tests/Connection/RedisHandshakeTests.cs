using Voice.Redis.Connection;
using Voice.Redis.Tests.Support;

using Voice.Testing;

namespace Voice.Redis.Tests.Connection;

public class RedisHandshakeTests
{
    [Fact]
    public async Task ConnectAsync_ServerRefusesHello_FallsBackToResp2()
    {
        await using var server = await RedisServerProcess.StartAsync("--rename-command", "HELLO", "");
        await using var connection = await RedisConnection.ConnectAsync(new RedisClientOptions { EndPoint = server.EndPoint });
        Assert.Equal(RedisProtocolVersion.Resp2, connection.Protocol);
        Assert.Equal("PONG", (await connection.ExecuteAsync("PING")).AsString());
    }

    [Theory]
    [InlineData(RedisProtocolVersion.Resp2)]
    [InlineData(RedisProtocolVersion.Resp3)]
    public async Task ConnectAsync_RequirePass_AuthenticatesOrFailsWithPrefix(RedisProtocolVersion protocol)
    {
        await using var server = await RedisServerProcess.StartAsync("--requirepass", "s3cret");
        var options = new RedisClientOptions { EndPoint = server.EndPoint, Protocol = protocol, Password = "s3cret" };
        await using (var connection = await RedisConnection.ConnectAsync(options))
        {
            Assert.Equal("PONG", (await connection.ExecuteAsync("PING")).AsString());
        }

        var ex = await Assert.ThrowsAsync<RedisServerException>(() => RedisConnection.ConnectAsync(options with { Password = "wrong" }));
        Assert.Equal("WRONGPASS", ex.Prefix);
    }
}
