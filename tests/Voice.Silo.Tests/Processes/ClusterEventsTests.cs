using System.Globalization;
using Voice.Silo.Tests.Endpoints;

namespace Voice.Silo.Tests.Processes;

/// <summary>
/// Two cluster nodes on a real redis-server: an event published because a phone registered through one node's SIP
/// port is in the Redis stream, so the other node's /events and <c>voicectl events tail --redis</c> both show it.
/// </summary>
[Collection(SiloProcessCollection.Name)]
public sealed class ClusterEventsTests(ClusterNodesFixture cluster) : IClassFixture<ClusterNodesFixture>
{
    private const string Topic = "voice-agentstate";

    [Fact]
    public async Task RegistrationThroughOneNode_SeenLiveOnTheOther_AndByVoiceCtlThroughRedis()
    {
        var (sipNode, eventsNode) = (cluster.Nodes[0], cluster.Nodes[1]);
        // Slots still moving between the nodes could refuse the REGISTER: wait until the rebalance is over.
        await ClusterNodeTests.WaitForBalancedAsync(eventsNode);

        // No from: only events from now on, so whatever the cluster published before is not shown first.
        var (liveResponse, live) = await EventStreamClient.OpenAsync(eventsNode.Http, $"?topic={Topic}");
        using (liveResponse)
        using (live)
        {
            Assert.Equal(200, await SipRegisterClient.RegisterAsync(sipNode.SipPort, "test.local", "2001", "secret-2001"));
            var registered = await live.ReadEventAsync();

            Assert.Equal(("ct:2001", 1L), (registered.Key, registered.Data.GetProperty("seq").GetInt64()));
            Assert.Equal("EventDNBackInService", registered.Data.GetProperty("event").GetProperty("id").GetString());

            var position = registered.Position.ToString(CultureInfo.InvariantCulture);
            var (code, output) = await VoiceCtl.RunAsync("events", "tail", "--topic", Topic, "--from", position, "--count", "1", "--redis", cluster.Redis.EndPoint);

            Assert.True(code == 0, output);
            Assert.StartsWith($"{position} ct:2001 seq=1 {{\"id\":\"EventDNBackInService\",\"CustomerID\":\"ct\",\"ThisDN\":\"2001\",", output, StringComparison.Ordinal);
        }
    }
}
