using Voice.Silo.Tests.Endpoints;
using Voice.Testing;

namespace Voice.Silo.Tests.Processes;

/// <summary>
/// A real embedded node publishes EventDNBackInService on voice-agentstate when a phone registers (SIP REGISTER with
/// digest over UDP): /events and <c>voicectl events tail</c> must show it live and from a given position.
/// </summary>
[Collection(SiloProcessCollection.Name)]
public sealed class EmbeddedEventsTests : IAsyncLifetime
{
    private const string Topic = "voice-agentstate";
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(30);
    private readonly string _directory = Directory.CreateTempSubdirectory("voice-silo-events-").FullName;
    private SiloProcess _node = null!;

    public async Task InitializeAsync() =>
        _node = await SiloProcess.StartAsync("events-1", TestTenants.Write(_directory, "t.yaml", TestTenants.Yaml("ev")), null, "--digest-algorithms", "MD5");

    public async Task DisposeAsync()
    {
        await _node.DisposeAsync();
        Directory.Delete(_directory, recursive: true);
    }

    [Fact]
    public async Task Events_RegistrationSeenLive_ThenAgainFromItsPosition_AndAfterItWithLastEventId()
    {
        var (liveResponse, live) = await EventStreamClient.OpenAsync(_node.Http, $"?topic={Topic}");
        using (liveResponse)
        using (live)
        {
            Assert.Equal(200, await SipRegisterClient.RegisterAsync(_node.SipPort, "test.local", "2001", "secret-2001"));
            var registered = await live.ReadEventAsync();

            Assert.Equal((Topic, "ev:2001"), (registered.Event, registered.Key));
            Assert.Equal(registered.Id, registered.Position.ToString(System.Globalization.CultureInfo.InvariantCulture));
            Assert.Equal("EventDNBackInService", registered.Data.GetProperty("event").GetProperty("id").GetString());
            Assert.Equal(1, registered.Data.GetProperty("seq").GetInt64());

            var (againResponse, again) = await EventStreamClient.OpenAsync(_node.Http, $"?topic={Topic}&from={registered.Position}");
            using (againResponse)
            using (again)
            {
                Assert.Equal(registered.Lines, (await again.ReadEventAsync()).Lines);
            }

            var (resumedResponse, resumed) = await EventStreamClient.OpenAsync(_node.Http, $"?topic={Topic}", lastEventId: registered.Id);
            using (resumedResponse)
            using (resumed)
            {
                Assert.Equal(200, await SipRegisterClient.RegisterAsync(_node.SipPort, "test.local", "2002", "secret-2002"));
                var next = await resumed.ReadEventAsync();

                Assert.Equal("ev:2002", next.Key);
                Assert.True(next.Position > registered.Position, $"{next.Position} after {registered.Position}");
            }
        }
    }

    [Fact]
    public async Task VoiceCtl_EventsTail_FromZeroCountAndKey_PrintsOneLinePerEvent_BadTopicExitsTwo()
    {
        Assert.Equal(200, await SipRegisterClient.RegisterAsync(_node.SipPort, "test.local", "2001", "secret-2001"));
        Assert.Equal(200, await SipRegisterClient.RegisterAsync(_node.SipPort, "test.local", "2002", "secret-2002"));

        var (code, output) = await VoiceCtl.RunAsync("events", "tail", "--topic", Topic, "--from", "0", "--count", "2", "--node", _node.BaseAddress);
        var (keyCode, keyOutput) = await VoiceCtl.RunAsync("events", "tail", "--topic", Topic, "--from", "0", "--count", "1", "--key", "ev:2002", "--node", _node.BaseAddress);
        var (badCode, badOutput) = await VoiceCtl.RunAsync("events", "tail", "--topic", "voice-nope", "--node", _node.BaseAddress);

        Assert.True(code == 0, output);
        var lines = output.TrimEnd('\n').Split('\n');
        Assert.Equal(2, lines.Length);
        Assert.Matches("""^1 ev:2001 seq=1 \{"id":"EventDNBackInService","CustomerID":"ev","ThisDN":"2001",""", lines[0]);
        Assert.Matches("^2 ev:2002 seq=1 {", lines[1]);
        Assert.True(keyCode == 0, keyOutput);
        Assert.Matches("^2 ev:2002 seq=1 {.*}\n$", keyOutput);
        Assert.Equal(2, badCode);
        Assert.Contains("Unknown event topic: 'voice-nope' is not an event topic", badOutput, StringComparison.Ordinal);
    }

    [Fact]
    public async Task VoiceCtl_EventsTail_CtrlC_ExitsZero()
    {
        Assert.Equal(200, await SipRegisterClient.RegisterAsync(_node.SipPort, "test.local", "2001", "secret-2001"));
        await using var tail = await ChildProcess.StartAsync(
            "dotnet",
            [Binaries.VoiceCtl, "events", "tail", "--topic", Topic, "--from", "1", "--node", _node.BaseAddress],
            " ev:2001 seq=1 ",
            Limit);

        var code = await tail.InterruptAsync(Limit);

        Assert.True(code == 0, $"exit {code}: {tail.Output}");
    }
}
