using Voice.Redis.Commands;
using Voice.Redis.Connection;

using Voice.Testing;

namespace Voice.Redis.Tests.Support;

/// <summary>One shared redis-server for the command tests (collection "RedisServer").</summary>
public sealed class RedisServerFixture : IAsyncLifetime
{
    private RedisServerProcess? _server;

    public RedisServerProcess Server => _server ?? throw new InvalidOperationException("Not started");

    public RedisClientOptions Options(RedisProtocolVersion protocol = RedisProtocolVersion.Resp3) =>
        new() { EndPoint = Server.EndPoint, Protocol = protocol };

    public Task<RedisClient> ConnectAsync(RedisProtocolVersion protocol = RedisProtocolVersion.Resp3) =>
        RedisClient.ConnectAsync(Options(protocol));

    public async Task InitializeAsync() => _server = await RedisServerProcess.StartAsync();

    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }
}
