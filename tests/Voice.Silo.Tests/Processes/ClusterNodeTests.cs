using System.Net;
using System.Text.Json;
using Voice.Grains.Contracts.Tenancy;

namespace Voice.Silo.Tests.Processes;

/// <summary>Two node hosts in cluster mode on a real redis-server.</summary>
[Collection(SiloProcessCollection.Name)]
public sealed class ClusterNodeTests(ClusterNodesFixture cluster) : IClassFixture<ClusterNodesFixture>
{
    private static readonly TimeSpan Settle = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task TwoNodes_ClusterEndpointOnBoth_TwoMembersAllSlotsOwnedAndReady()
    {
        foreach (var node in cluster.Nodes)
        {
            var view = await WaitForBalancedAsync(node);

            Assert.True(Settled(view), $"{node.NodeId}: {view}");
            Assert.Equal("cluster", view.GetProperty("mode").GetString());
            var members = view.GetProperty("members").EnumerateArray().ToList();
            Assert.Equal(["silo-a", "silo-b"], members.Select(m => m.GetProperty("nodeId").GetString()).Order());
            Assert.Equal(1024, members.Sum(m => m.GetProperty("slots").GetInt32()));
            Assert.All(members, m => Assert.True(m.GetProperty("slots").GetInt32() > 0));
            Assert.Equal(HttpStatusCode.OK, (await node.Http.GetAsync("/readyz")).StatusCode);
        }
    }

    [Fact]
    public async Task TenantApply_ThroughRedis_ChangesTenant_InvalidYamlExitsTwoWithLine()
    {
        await WaitForBalancedAsync(cluster.Nodes[0]);
        var changed = TestTenants.Write(cluster.WorkDirectory, "changed.yaml", TestTenants.Yaml("ct", domain: "cluster.test.local"));
        var badYaml = TestTenants.Yaml("ct").Replace("password: secret-2002", "password: secret-2002\n    extra: 1", StringComparison.Ordinal);
        var bad = TestTenants.Write(cluster.WorkDirectory, "bad.yaml", badYaml);

        var (code, output) = await VoiceCtl.RunAsync("tenant", "apply", "-f", changed, "--redis", cluster.Redis.EndPoint);
        var config = await cluster.Client.GetGrain<ITenantGrain>("ct").GetConfigAsync();
        var (badCode, badOutput) = await VoiceCtl.RunAsync("tenant", "apply", "-f", bad, "--redis", cluster.Redis.EndPoint);

        Assert.True(code == 0, output);
        Assert.StartsWith("applied tenant ct version ", output, StringComparison.Ordinal);
        Assert.Equal("cluster.test.local", config?.SipDomain);
        Assert.Equal(2, badCode);
        Assert.Contains($"{bad}:line {TestTenants.LineOf(badYaml, "extra: 1")}, column 5: dns[1].extra: unknown key", badOutput, StringComparison.Ordinal);
        Assert.Equal("cluster.test.local", (await cluster.Client.GetGrain<ITenantGrain>("ct").GetConfigAsync())?.SipDomain);
    }

    // Settled = both nodes hold slots and none is free. Right after the second node joins, the first may still own
    // all 1024 (nothing unowned, yet not balanced), so each member must own some.
    private static bool Settled(JsonElement view) =>
        view.GetProperty("members").GetArrayLength() == 2 && view.GetProperty("unownedSlots").GetInt32() == 0
        && view.GetProperty("members").EnumerateArray().All(m => m.GetProperty("slots").GetInt32() > 0);

    /// <summary>Settled, and the same slot counts on two reads one lease-renew interval (1 s) apart: the rebalance is over.</summary>
    internal static async Task<JsonElement> WaitForBalancedAsync(SiloProcess node)
    {
        var deadline = DateTime.UtcNow + Settle;
        var previous = "";
        while (true)
        {
            var view = await node.WaitForJsonAsync("/cluster", Settled, Settle);
            var counts = string.Join(',', view.GetProperty("members").EnumerateArray().Select(m => m.GetProperty("slots").GetInt32()));
            if ((Settled(view) && counts == previous) || DateTime.UtcNow > deadline)
            {
                return view;
            }

            previous = Settled(view) ? counts : "";
            await Task.Delay(TimeSpan.FromSeconds(1));
        }
    }
}
