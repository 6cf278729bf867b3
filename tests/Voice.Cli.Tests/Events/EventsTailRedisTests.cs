using System.Globalization;
using Voice.Cli.Events;

namespace Voice.Cli.Tests.Events;

/// <summary><c>voicectl events tail --redis</c> against a real redis-server holding entries written by RedisEventLog.</summary>
public sealed class EventsTailRedisTests(RedisFixture redis) : IClassFixture<RedisFixture>, IAsyncLifetime
{
    private const string Topic = "voice-callthread";

    public Task InitializeAsync() => redis.FlushAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task FromZero_Count_PrintsTheStreamsEntriesWithTheirPositions_ExitsZero()
    {
        var first = await redis.AppendAsync(Topic, "call-1", "{\n  \"id\": \"EventRinging\",\n  \"ANI\": \"2001\"\n}");
        await redis.AppendAsync("voice-agentstate", "t:2001", "{}");
        var second = await redis.AppendAsync(Topic, "call-1", """{"id":"EventEstablished"}""");

        var (code, stdout, stderr) = await VoiceCtlInProcess.InvokeAsync("events", "tail", "--topic", Topic, "--from", "0", "--count", "2", "--redis", redis.EndPoint);

        Assert.True(code == 0, stderr);
        Assert.Equal(
            string.Create(CultureInfo.InvariantCulture, $"""
                {first.Position} call-1 seq=1 {"{"}"id":"EventRinging","ANI":"2001"{"}"}
                {second.Position} call-1 seq=2 {"{"}"id":"EventEstablished"{"}"}

                """).ReplaceLineEndings("\n"),
            stdout);
    }

    [Fact]
    public async Task FromAPosition_StartsThere()
    {
        await redis.AppendAsync(Topic, "call-1", """{"n":1}""");
        var second = await redis.AppendAsync(Topic, "call-2", """{"n":2}""");

        var (code, stdout, stderr) = await VoiceCtlInProcess.InvokeAsync(
            "events", "tail", "--topic", Topic, "--from", second.Position.ToString(CultureInfo.InvariantCulture), "--count", "1", "--redis", redis.EndPoint);

        Assert.True(code == 0, stderr);
        Assert.Equal(string.Create(CultureInfo.InvariantCulture, $"{second.Position} call-2 seq=1 {{\"n\":2}}\n"), stdout);
    }

    [Fact]
    public async Task NoFrom_Key_PrintsOnlyNewEventsOfThatKey()
    {
        var old = await redis.AppendAsync(Topic, "call-9", """{"old":true}""");
        var output = new LineWriter();
        var tail = EventsTailCommand.RunAsync(new EventsTailRequest(Topic, From: null, Count: 1, Key: "call-9"), null, redis.EndPoint, output, TextWriter.Null, CancellationToken.None);

        await EventsTailNodeTests.PublishUntilDoneAsync(tail, () => redis.AppendAsync(Topic, "call-1", "{}"), () => redis.AppendAsync(Topic, "call-9", """{"new":true}"""));

        Assert.Equal(EventsTailCommand.Ok, await tail);
        var line = Assert.Single(output.Lines);
        Assert.Matches(@"^\d+ call-9 seq=\d+ \{""new"":true\}$", line);
        Assert.True(long.Parse(line.Split(' ')[0], CultureInfo.InvariantCulture) > old.Position, line);
    }

    [Fact]
    public async Task UnknownTopic_ExitsTwoBeforeConnecting()
    {
        var (code, stdout, stderr) = await VoiceCtlInProcess.InvokeAsync("events", "tail", "--topic", "voice-nope", "--redis", "127.0.0.1:1");

        Assert.Equal(EventsTailCommand.Invalid, code);
        Assert.Empty(stdout);
        Assert.Contains("voicectl: --topic: 'voice-nope' is not an event topic; use one of: voice-callthread, voice-agentstate", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BadAddress_ExitsTwo_Unreachable_ExitsOne()
    {
        var (badCode, _, badError) = await VoiceCtlInProcess.InvokeAsync("events", "tail", "--topic", Topic, "--redis", "no-port");
        var (code, _, stderr) = await VoiceCtlInProcess.InvokeAsync("events", "tail", "--topic", Topic, "--redis", "127.0.0.1:1");

        Assert.Equal(EventsTailCommand.Invalid, badCode);
        Assert.Contains("voicectl: --redis: EndPoint 'no-port' is not host:port", badError, StringComparison.Ordinal);
        Assert.Equal(EventsTailCommand.Failed, code);
        Assert.Contains("voicectl: cannot read events from Redis 127.0.0.1:1", stderr, StringComparison.Ordinal);
    }
}
