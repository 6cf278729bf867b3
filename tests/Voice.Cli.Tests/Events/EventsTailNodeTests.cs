using System.Globalization;
using Voice.Cli.Events;

namespace Voice.Cli.Tests.Events;

/// <summary><c>voicectl events tail --node</c> against the node's real /events endpoint served in-process.</summary>
public sealed class EventsTailNodeTests : IAsyncLifetime
{
    private const string Topic = "voice-agentstate";
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(15);
    private NodeEventsHost _node = null!;

    public async Task InitializeAsync() => _node = await NodeEventsHost.StartAsync();

    public async Task DisposeAsync() => await _node.DisposeAsync();

    [Fact]
    public async Task FromZero_Count_PrintsOneCompactLinePerEvent_ExitsZero()
    {
        await _node.AppendAsync(Topic, "t:2001", "{\n  \"id\": \"EventDNBackInService\",\n  \"ThisDN\": \"2001\"\n}");
        await _node.AppendAsync("voice-callthread", "call-1", "{}");
        await _node.AppendAsync(Topic, "t:2002", """{"id":"EventDNOutOfService","Reasons":{"Reason":"Expired"}}""");
        await _node.AppendAsync(Topic, "t:2003", "{}");

        var (code, stdout, stderr) = await VoiceCtlInProcess.InvokeAsync("events", "tail", "--topic", Topic, "--from", "0", "--count", "2", "--node", _node.Url);

        Assert.True(code == 0, stderr);
        Assert.Equal(
            """
            1 t:2001 seq=1 {"id":"EventDNBackInService","ThisDN":"2001"}
            2 t:2002 seq=1 {"id":"EventDNOutOfService","Reasons":{"Reason":"Expired"}}

            """.ReplaceLineEndings("\n"),
            stdout);
    }

    [Fact]
    public async Task NoFrom_Key_PrintsOnlyNewEventsOfThatKey()
    {
        await _node.AppendAsync(Topic, "t:2002", """{"old":true}""");
        var output = new LineWriter();
        var tail = EventsTailCommand.RunAsync(new EventsTailRequest(Topic, From: null, Count: 1, Key: "t:2002"), _node.Url, null, output, TextWriter.Null, CancellationToken.None);

        // The tail starts "now" once connected, which the test cannot observe: keep publishing until it has printed.
        var last = await PublishUntilDoneAsync(tail, () => _node.AppendAsync(Topic, "t:2001", """{"n":1}"""), () => _node.AppendAsync(Topic, "t:2002", """{"new":true}"""));

        Assert.Equal(EventsTailCommand.Ok, await tail);
        var line = Assert.Single(output.Lines);
        Assert.Matches(@"^\d+ t:2002 seq=\d+ \{""new"":true\}$", line);
        Assert.True(long.Parse(line.Split(' ')[0], CultureInfo.InvariantCulture) <= last);
    }

    [Fact]
    public async Task UnknownTopic_ExitsTwoWithTheNodesProblem()
    {
        var (code, stdout, stderr) = await VoiceCtlInProcess.InvokeAsync("events", "tail", "--topic", "voice-nope", "--node", _node.Url);

        Assert.Equal(EventsTailCommand.Invalid, code);
        Assert.Empty(stdout);
        Assert.Contains("the node refused", stderr, StringComparison.Ordinal);
        Assert.Contains("Unknown event topic: 'voice-nope' is not an event topic; use one of: voice-callthread, voice-agentstate", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NodeUnreachable_ExitsOneNamingTheAddress()
    {
        var (code, _, stderr) = await VoiceCtlInProcess.InvokeAsync("events", "tail", "--topic", Topic, "--node", "http://127.0.0.1:1");

        Assert.Equal(EventsTailCommand.Failed, code);
        Assert.Contains("voicectl: cannot read events from http://127.0.0.1:1/events?topic=voice-agentstate", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NotAUrl_ExitsTwo()
    {
        var (code, _, stderr) = await VoiceCtlInProcess.InvokeAsync("events", "tail", "--topic", Topic, "--node", "127.0.0.1:8080");

        Assert.Equal(EventsTailCommand.Invalid, code);
        Assert.Contains("--node: '127.0.0.1:8080' is not an http:// or https:// URL", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NodeStopsBeforeCount_ExitsOneSayingTheStreamClosed()
    {
        await _node.AppendAsync(Topic, "t:2001", "{}");
        var output = new LineWriter();
        var error = new StringWriter();
        var tail = EventsTailCommand.RunAsync(new EventsTailRequest(Topic, From: 0, Count: 5, Key: null), _node.Url, null, output, error, CancellationToken.None);
        await output.WaitForLinesAsync(1, Limit);

        await _node.StopAsync().WaitAsync(Limit);

        Assert.Equal(EventsTailCommand.Failed, await tail.WaitAsync(Limit));
        Assert.Contains("closed the event stream", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cancelled_LikeCtrlC_ExitsZero()
    {
        await _node.AppendAsync(Topic, "t:2001", "{}");
        var output = new LineWriter();
        using var ctrlC = new CancellationTokenSource();
        var tail = EventsTailCommand.RunAsync(new EventsTailRequest(Topic, From: 1, Count: null, Key: null), _node.Url, null, output, TextWriter.Null, ctrlC.Token);
        await output.WaitForLinesAsync(1, Limit);

        await ctrlC.CancelAsync();

        Assert.Equal(EventsTailCommand.Ok, await tail.WaitAsync(Limit));
    }

    [Theory]
    [InlineData("--count", "0", "--count must be 1 or more")]
    [InlineData("--from", "-5", "--from must be 0 or more")]
    [InlineData("--redis", "127.0.0.1:1", "--redis and --node exclude each other")]
    public async Task BadOptions_RefusedBeforeConnecting(string option, string value, string message)
    {
        var (code, _, stderr) = await VoiceCtlInProcess.InvokeAsync("events", "tail", "--topic", Topic, "--node", "http://127.0.0.1:1", option, value);

        Assert.NotEqual(0, code);
        Assert.Contains(message, stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("cannot read events", stderr, StringComparison.Ordinal);
    }

    private static readonly TimeSpan PublishPace = TimeSpan.FromMilliseconds(100);

    /// <summary>Runs each publisher in turn (bounded) until <paramref name="tail"/> ends; returns the last position published.</summary>
    internal static async Task<long> PublishUntilDoneAsync(Task<int> tail, params Func<Task<Voice.Runtime.Events.EventLogEntry>>[] publishers)
    {
        var deadline = DateTime.UtcNow + Limit;
        long last = 0;
        while (!tail.IsCompleted && DateTime.UtcNow < deadline)
        {
            foreach (var publish in publishers)
            {
                last = (await publish()).Position;
            }

            // Wait for the tail to finish, or pace the next round of events (the tail may have connected late).
            await Task.WhenAny(tail, Task.Delay(PublishPace));
        }

        return last;
    }
}
