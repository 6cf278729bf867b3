using Voice.Redis.Commands;
using Voice.Redis.Connection;
using Voice.Redis.PubSub;
using Voice.Redis.Tests.Support;

using Voice.Testing;

namespace Voice.Redis.Tests.PubSub;

public class RedisSubscriberTests
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(5);

    private static RedisClientOptions Options(RedisServerProcess server, RedisProtocolVersion protocol = RedisProtocolVersion.Resp3) => new()
    {
        EndPoint = server.EndPoint,
        Protocol = protocol,
        ReconnectBaseDelay = TimeSpan.FromMilliseconds(20),
        ReconnectMaxDelay = TimeSpan.FromMilliseconds(200),
    };

    [Theory]
    [InlineData(RedisProtocolVersion.Resp2)]
    [InlineData(RedisProtocolVersion.Resp3)]
    public async Task Subscribe_Publish_DeliversToChannelAndPatternHandlers(RedisProtocolVersion protocol)
    {
        await using var server = await RedisServerProcess.StartAsync();
        await using var subscriber = await RedisSubscriber.ConnectAsync(Options(server, protocol));
        await using var client = await RedisClient.ConnectAsync(Options(server, protocol));
        var direct = new TaskCompletionSource<RedisChannelMessage>(TaskCreationOptions.RunContinuationsAsynchronously);
        var byPattern = new TaskCompletionSource<RedisChannelMessage>(TaskCreationOptions.RunContinuationsAsynchronously);
        await subscriber.SubscribeAsync("grain:42", direct.SetResult);
        await subscriber.PatternSubscribeAsync("grain:*", byPattern.SetResult);

        Assert.Equal(2, await client.PublishAsync("grain:42", "deactivate"));
        var message = await direct.Task.WaitAsync(Wait);
        Assert.Equal(("grain:42", "deactivate", null), (message.Channel, message.Payload.ToString(), message.Pattern));
        var patterned = await byPattern.Task.WaitAsync(Wait);
        Assert.Equal(("grain:42", "grain:*"), (patterned.Channel, patterned.Pattern));
    }

    [Fact]
    public async Task Unsubscribe_StopsDelivery()
    {
        await using var server = await RedisServerProcess.StartAsync();
        await using var subscriber = await RedisSubscriber.ConnectAsync(Options(server));
        await using var client = await RedisClient.ConnectAsync(Options(server));
        var reader = await subscriber.SubscribeReaderAsync("news");
        Assert.Equal(1, await client.PublishAsync("news", "one"));
        Assert.Equal("one", (await reader.ReadAsync().AsTask().WaitAsync(Wait)).Payload.ToString());
        await subscriber.UnsubscribeAsync("news");
        Assert.Equal(0, await client.PublishAsync("news", "two"));
    }

    [Fact]
    public async Task ServerRestart_SubscriberResubscribes_AndReceivesAgain()
    {
        await using var server = await RedisServerProcess.StartAsync();
        await using var subscriber = await RedisSubscriber.ConnectAsync(Options(server));
        await using var client = await RedisClient.ConnectAsync(Options(server));
        var resubscribed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        subscriber.Reconnected += resubscribed.SetResult;
        var reader = await subscriber.SubscribeReaderAsync("reminders");

        await server.KillAsync();
        await server.RestartAsync();
        await resubscribed.Task.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(1, await client.PublishAsync("reminders", "tick"));
        Assert.Equal("tick", (await reader.ReadAsync().AsTask().WaitAsync(Wait)).Payload.ToString());
    }
}
