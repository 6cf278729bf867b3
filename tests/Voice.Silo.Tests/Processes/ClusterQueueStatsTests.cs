using Voice.Grains.Contracts.Agents;
using Voice.Grains.Contracts.Routing;
using Voice.Grains.Contracts.Tenancy;
using Voice.Grains.Tenancy.Yaml;

namespace Voice.Silo.Tests.Processes;

/// <summary><c>voicectl queues stats --redis</c>: the grain client asks the queue grains of a two-node cluster.</summary>
[Collection(SiloProcessCollection.Name)]
public sealed class ClusterQueueStatsTests(ClusterNodesFixture cluster) : IClassFixture<ClusterNodesFixture>
{
    private const string Yaml = """
        tenantId: cq
        sipDomain: cq.test.local
        dns:
          - { number: "2001", type: extension, password: secret-2001 }
          - { number: "8001", type: virtual-queue, queueId: sales }
          - { number: "8002", type: virtual-queue, queueId: support, selection: round-robin }
        agents:
          - { agentId: a1, password: agent-pw, defaultDn: "2001", skills: { sales: 5 } }
        dialPlan:
          - { pattern: 2XXX, scope: internal }
        """;

    [Fact]
    public async Task QueueStats_ThroughRedis_PrintsEveryQueue_AndOneOnRequest()
    {
        await ClusterNodeTests.WaitForBalancedAsync(cluster.Nodes[0]);
        var config = TenantConfigLoader.Load(new StringReader(Yaml), "cq", new TenantLoadOptions { PasswordIterations = PasswordHasher.MinimumIterations });
        Assert.True((await cluster.Client.GetGrain<ITenantGrain>("cq").ApplyAsync(config)).Applied);
        var agent = cluster.Client.GetGrain<IAgentGrain>(AgentKey.For("cq", "a1"));
        Assert.True((await agent.LoginAsync(new AgentLoginRequest(null, ["sales"], AgentWorkMode.AuxWork))).IsOk);
        var sales = cluster.Client.GetGrain<IQueueGrain>(QueueKey.For("cq", "sales"));
        Assert.True((await sales.EnqueueAsync(new QueuedCall("cq:00000000000000c1", 0, new Dictionary<string, int>()))).IsOk);
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(10);
        while ((await sales.GetStatsAsync()).AgentsLoggedIn == 0 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
        }

        var (code, output) = await VoiceCtl.RunAsync("queues", "stats", "--tenant", "cq", "--redis", cluster.Redis.EndPoint);
        var (oneCode, one) = await VoiceCtl.RunAsync("queues", "stats", "--tenant", "cq", "--queue", "support", "--redis", cluster.Redis.EndPoint);
        var (unknownCode, unknown) = await VoiceCtl.RunAsync("queues", "stats", "--tenant", "cq", "--queue", "nosuch", "--redis", cluster.Redis.EndPoint);

        Assert.True(code == 0, output);
        var lines = output.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n').Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToList();
        Assert.Equal(["QUEUE", "WAITING", "OLDEST", "RINGING", "READY", "NOT-READY", "BUSY", "LOGGED-IN"], lines[0]);
        Assert.Equal(["sales", "1", "0", "0", "1", "0", "1"], lines[1].Where((_, i) => i != 2));
        Assert.Equal(["support", "0", "0:00", "0", "0", "0", "0", "0"], lines[2]);
        Assert.True(oneCode == 0, one);
        Assert.Equal(2, one.TrimEnd('\n').Split('\n').Length);
        Assert.Equal(2, unknownCode);
        Assert.Contains("tenant 'cq' has no queue 'nosuch'", unknown, StringComparison.Ordinal);
    }
}
