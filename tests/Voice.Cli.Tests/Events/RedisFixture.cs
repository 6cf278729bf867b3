using Voice.Redis.Commands;
using Voice.Redis.Connection;
using Voice.Runtime;
using Voice.Runtime.Events;
using Voice.Runtime.Redis.Adapters;
using Voice.Runtime.Redis.Options;
using Voice.Testing;

namespace Voice.Cli.Tests.Events;

/// <summary>A private redis-server and the runtime's own <see cref="RedisEventLog"/> writing to it, as the nodes do.</summary>
public sealed class RedisFixture : IAsyncLifetime
{
    private RedisServerProcess _server = null!;
    private RedisClient _client = null!;
    private RedisEventLog _log = null!;

    public string EndPoint => _server.EndPoint;

    public async Task InitializeAsync()
    {
        _server = await RedisServerProcess.StartAsync();
        _client = await RedisClient.ConnectAsync(new RedisClientOptions { EndPoint = _server.EndPoint });
        _log = new RedisEventLog(() => _client, new RedisClusterOptions());
    }

    internal async Task<EventLogEntry> AppendAsync(string topic, string key, string payload) =>
        (await _log.AppendAsync([new GrainEvent(topic, key, payload)]))[0];

    public Task FlushAsync() => _client.ExecuteAsync("FLUSHALL");

    public async Task DisposeAsync()
    {
        await _client.DisposeAsync();
        await _server.DisposeAsync();
    }
}
