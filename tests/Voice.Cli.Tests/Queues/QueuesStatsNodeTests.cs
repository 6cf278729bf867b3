using Voice.Cli.Queues;
using Voice.Cli.Tests.Events;
using Voice.Grains.Contracts.Agents;
using Voice.Grains.Contracts.Routing;

namespace Voice.Cli.Tests.Queues;

/// <summary><c>voicectl queues stats --node</c> against the REST gateway and real queue and agent grains.</summary>
public sealed class QueuesStatsNodeTests : IAsyncLifetime
{
    private QueueRestNode _node = null!;

    public async Task InitializeAsync() => _node = await QueueRestNode.StartAsync();

    public async Task DisposeAsync() => await _node.DisposeAsync();

    [Fact]
    public async Task AllQueues_PrintsATableWithOneLinePerQueue()
    {
        // NotReady agents only: the calls wait (a delivery would need a call thread waiting in the queue).
        var a1 = _node.Grains.GetGrain<IAgentGrain>(AgentKey.For("acme", "a1"));
        Assert.True((await a1.LoginAsync(new AgentLoginRequest(null, ["sales", "support"], AgentWorkMode.AuxWork))).IsOk);
        var sales = _node.Grains.GetGrain<IQueueGrain>(QueueKey.For("acme", "sales"));
        Assert.True((await sales.EnqueueAsync(new QueuedCall("acme:00000000000000c1", 0, new Dictionary<string, int>()))).IsOk);
        Assert.True((await sales.EnqueueAsync(new QueuedCall("acme:00000000000000c2", 0, new Dictionary<string, int>()))).IsOk);
        await WaitForAgentAsync(sales);

        var (code, stdout, stderr) = await VoiceCtlInProcess.InvokeAsync(
            "queues", "stats", "--tenant", "acme", "--node", _node.Url, "--user", "sue", "--password", QueueRestNode.SupervisorPassword);

        Assert.True(code == QueueStatsCommand.Ok, stderr);
        var lines = stdout.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n');
        Assert.Equal(3, lines.Length);
        Assert.Equal(["QUEUE", "WAITING", "OLDEST", "RINGING", "READY", "NOT-READY", "BUSY", "LOGGED-IN"], Cells(lines[0]));
        // The oldest wait is real time since the enqueue: a few seconds at most on a loaded machine.
        Assert.Matches(@"^0:0\d$", Cells(lines[1])[2]);
        Assert.Equal(["sales", "2", "0", "0", "1", "0", "1"], Cells(lines[1]).Where((_, i) => i != 2));
        Assert.Equal(["support", "0", "0:00", "0", "0", "1", "0", "1"], Cells(lines[2]));
    }

    [Fact]
    public async Task OneQueue_PrintsOnlyIt()
    {
        var (code, stdout, stderr) = await VoiceCtlInProcess.InvokeAsync(
            "queues", "stats", "--tenant", "acme", "--queue", "support", "--node", _node.Url, "--user", "sue", "--password", QueueRestNode.SupervisorPassword);

        Assert.True(code == QueueStatsCommand.Ok, stderr);
        var lines = stdout.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n');
        Assert.Equal(["support", "0", "0:00", "0", "0", "0", "0", "0"], Cells(Assert.Single(lines.Skip(1))));
    }

    [Fact]
    public async Task UnknownQueue_AgentUser_WrongPassword_AndNoPassword_AreRefusedWithCode2()
    {
        var unknown = await VoiceCtlInProcess.InvokeAsync("queues", "stats", "--tenant", "acme", "--queue", "nosuch", "--node", _node.Url, "--user", "sue", "--password", QueueRestNode.SupervisorPassword);
        var agent = await VoiceCtlInProcess.InvokeAsync("queues", "stats", "--tenant", "acme", "--node", _node.Url, "--user", "alice", "--password", QueueRestNode.AgentPassword);
        var wrong = await VoiceCtlInProcess.InvokeAsync("queues", "stats", "--tenant", "acme", "--node", _node.Url, "--user", "sue", "--password", "nope");
        var none = await VoiceCtlInProcess.InvokeAsync("queues", "stats", "--tenant", "acme", "--node", _node.Url);

        Assert.Equal((QueueStatsCommand.Invalid, ""), (unknown.Code, unknown.Stdout));
        Assert.Contains("404 there is no queue 'nosuch'", unknown.Stderr, StringComparison.Ordinal);
        Assert.Equal(QueueStatsCommand.Invalid, agent.Code);
        Assert.Contains("403", agent.Stderr, StringComparison.Ordinal);
        Assert.Equal(QueueStatsCommand.Invalid, wrong.Code);
        Assert.Contains("login as 'sue' refused: 401", wrong.Stderr, StringComparison.Ordinal);
        Assert.Equal(QueueStatsCommand.Invalid, none.Code);
        Assert.Contains("--user and --password", none.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NodeNotListening_IsCode1_AndBothSources_AreRefused()
    {
        var down = await VoiceCtlInProcess.InvokeAsync("queues", "stats", "--tenant", "acme", "--node", "http://127.0.0.1:1", "--user", "sue", "--password", "x");
        var both = await VoiceCtlInProcess.InvokeAsync("queues", "stats", "--tenant", "acme", "--node", "http://127.0.0.1:1", "--redis", "127.0.0.1:1");

        Assert.Equal(QueueStatsCommand.Failed, down.Code);
        Assert.Contains("cannot read queue statistics from http://127.0.0.1:1", down.Stderr, StringComparison.Ordinal);
        Assert.NotEqual(QueueStatsCommand.Ok, both.Code);
        Assert.Contains("--redis and --node exclude each other", both.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0, "0:00")]
    [InlineData(59.9, "0:59")]
    [InlineData(754, "12:34")]
    [InlineData(3725, "1:02:05")]
    public void Waits_AreMinutesAndSeconds(double seconds, string expected) => Assert.Equal(expected, QueueStatsTable.FormatWait(seconds));

    private static string[] Cells(string line) => line.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    private static async Task WaitForAgentAsync(IQueueGrain queue)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(10);
        while ((await queue.GetStatsAsync()).AgentsLoggedIn == 0 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(10);
        }
    }
}
