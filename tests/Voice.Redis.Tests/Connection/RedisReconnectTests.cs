using Voice.Redis.Connection;
using Voice.Redis.Tests.Support;

using Voice.Testing;

namespace Voice.Redis.Tests.Connection;

public class RedisReconnectTests
{
    private static RedisClientOptions FastReconnect(RedisServerProcess server) => new()
    {
        EndPoint = server.EndPoint,
        ReconnectBaseDelay = TimeSpan.FromMilliseconds(20),
        ReconnectMaxDelay = TimeSpan.FromMilliseconds(200),
        DisconnectedWaitTimeout = TimeSpan.FromSeconds(5),
    };

    [Fact]
    public async Task ServerKilledAndRestarted_InFlightFailsThenClientReconnectsByItself()
    {
        await using var server = await RedisServerProcess.StartAsync();
        await using var connection = await RedisConnection.ConnectAsync(FastReconnect(server) with { WaitWhileDisconnected = false });
        var reconnected = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        connection.Reconnected += reconnected.SetResult;
        Assert.Equal("PONG", (await connection.ExecuteAsync("PING")).AsString());

        // An in-flight blocking command is lost with the server.
        var inFlight = connection.ExecuteAsync("BLPOP", ["never-filled", 0], TimeSpan.FromSeconds(10));
        await server.KillAsync();
        var lost = await Assert.ThrowsAsync<RedisConnectionException>(() => inFlight);
        Assert.StartsWith("BLPOP failed", lost.Message, StringComparison.Ordinal);
        var refused = await Assert.ThrowsAsync<RedisConnectionException>(() => connection.ExecuteAsync("GET", "k"));
        Assert.StartsWith("GET failed", refused.Message, StringComparison.Ordinal);

        await server.RestartAsync();
        await reconnected.Task.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal("PONG", (await connection.ExecuteAsync("PING")).AsString());
        Assert.True(connection.IsConnected);
    }

    [Fact]
    public async Task CommandWhileDisconnected_WaitsForReconnect_ThenSucceeds()
    {
        await using var server = await RedisServerProcess.StartAsync();
        await using var connection = await RedisConnection.ConnectAsync(FastReconnect(server));
        var lost = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var blocked = connection.ExecuteAsync("BLPOP", ["never-filled", 0], TimeSpan.FromSeconds(10));
        _ = blocked.ContinueWith(_ => lost.TrySetResult(), TaskScheduler.Default);
        await server.KillAsync();
        await lost.Task.WaitAsync(TimeSpan.FromSeconds(5));
        Assert.False(connection.IsConnected);

        var waiting = connection.ExecuteAsync("SET", "after-restart", "yes");
        await server.RestartAsync();
        Assert.Equal("OK", (await waiting).AsString());
        Assert.Equal("yes", (await connection.ExecuteAsync("GET", "after-restart")).AsString());
    }

    [Fact]
    public async Task CommandWhileDisconnected_ServerStaysDown_FailsAfterBoundedWait()
    {
        await using var server = await RedisServerProcess.StartAsync();
        await using var connection = await RedisConnection.ConnectAsync(FastReconnect(server) with { DisconnectedWaitTimeout = TimeSpan.FromMilliseconds(300) });
        var blocked = connection.ExecuteAsync("BLPOP", ["never-filled", 0], TimeSpan.FromSeconds(10));
        await server.KillAsync();
        await Assert.ThrowsAsync<RedisConnectionException>(() => blocked);
        var ex = await Assert.ThrowsAsync<RedisConnectionException>(() => connection.ExecuteAsync("GET", "k"));
        Assert.Contains("within 300 ms", ex.Message, StringComparison.Ordinal);
    }
}
