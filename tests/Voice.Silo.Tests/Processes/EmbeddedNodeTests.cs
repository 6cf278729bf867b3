using System.Net;
using System.Text.Json;

namespace Voice.Silo.Tests.Processes;

/// <summary>The built node host as a real process in embedded mode (no Redis), on an ephemeral loopback port.</summary>
[Collection(SiloProcessCollection.Name)]
public sealed class EmbeddedNodeTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("voice-silo-embedded-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public async Task EmbeddedNode_Started_HealthyReadyOwnsAllSlotsAndExitsZeroOnSigterm()
    {
        await using var node = await SiloProcess.StartAsync("embedded-1", TestTenants.Write(_directory, "t.yaml", TestTenants.Yaml("t1")));

        var health = await node.GetJsonAsync("/healthz");
        Assert.Equal("embedded-1", health.GetProperty("nodeId").GetString());
        Assert.Equal("embedded", health.GetProperty("mode").GetString());
        var ready = await node.GetJsonAsync("/readyz");
        Assert.True(ready.GetProperty("ready").GetBoolean());
        var cluster = await node.GetJsonAsync("/cluster");
        var member = Assert.Single(cluster.GetProperty("members").EnumerateArray());
        Assert.Equal(("embedded-1", 1024), (member.GetProperty("nodeId").GetString(), member.GetProperty("slots").GetInt32()));
        Assert.Equal(0, cluster.GetProperty("unownedSlots").GetInt32());
        var metrics = await node.Http.GetStringAsync("/metrics");
        Assert.Contains("\nvoice_cluster_owned_slots 1024\n", metrics, StringComparison.Ordinal);
        Assert.Contains("\nvoice_tenant_applies_total 1\n", metrics, StringComparison.Ordinal);
        Assert.Matches(@"\nvoice_grain_activations [1-9]\d*\n", metrics);

        var code = await node.Process.TerminateAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(0, code);
    }

    [Fact]
    public async Task Sigterm_WithDrainDelay_ReadyzAnswers503BeforeTheNodeExitsZero()
    {
        await using var node = await SiloProcess.StartAsync("embedded-2", TestTenants.Write(_directory, "t.yaml", TestTenants.Yaml("t2")), null, "--drain-delay", "3");
        Assert.Equal(HttpStatusCode.OK, (await node.Http.GetAsync("/readyz")).StatusCode);

        var exit = node.Process.TerminateAsync(TimeSpan.FromSeconds(15));
        var draining = await ReadyzWhileDrainingAsync(node);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, draining.Status);
        Assert.Contains("draining", draining.Body, StringComparison.Ordinal);
        Assert.Equal(0, await exit);
    }

    [Fact]
    public async Task TenantApply_ThroughNodeAdminEndpoint_ChangesTenant_InvalidYamlExitsTwoWithLine()
    {
        await using var node = await SiloProcess.StartAsync("embedded-3", TestTenants.Write(_directory, "t.yaml", TestTenants.Yaml("t3")));
        var changed = TestTenants.Write(_directory, "changed.yaml", TestTenants.Yaml("t3", domain: "changed.test.local"));
        var badYaml = TestTenants.Yaml("t3").Replace("scope: internal", "scope: sideways", StringComparison.Ordinal);
        var bad = TestTenants.Write(_directory, "bad.yaml", badYaml);

        var (applyCode, applyOutput) = await VoiceCtl.RunAsync("tenant", "apply", "-f", changed, "--node", node.BaseAddress);
        var config = await node.GetJsonAsync("/admin/tenants/t3");
        var (badCode, badOutput) = await VoiceCtl.RunAsync("tenant", "apply", "-f", bad, "--node", node.BaseAddress);
        var after = await node.GetJsonAsync("/admin/tenants/t3");

        Assert.True(applyCode == 0, applyOutput);
        Assert.Equal("applied tenant t3 version 2", applyOutput.Trim());
        Assert.Equal(("changed.test.local", 2), (config.GetProperty("sipDomain").GetString(), config.GetProperty("version").GetInt64()));
        Assert.Equal(2, badCode);
        Assert.Contains($"{bad}:line {TestTenants.LineOf(badYaml, "scope: sideways")}, column", badOutput, StringComparison.Ordinal);
        Assert.Equal(2, after.GetProperty("version").GetInt64());
    }

    [Fact]
    public async Task AdminPut_InvalidYamlBody_400WithLine()
    {
        await using var node = await SiloProcess.StartAsync("embedded-4", TestTenants.Write(_directory, "t.yaml", TestTenants.Yaml("t4")));

        using var response = await node.Http.PutAsync("/admin/tenants/t4", new StringContent("tenantId: t4\nsipDomain: [unclosed\n"));
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(3, body.GetProperty("errors")[0].GetProperty("line").GetInt32());
    }

    private static async Task<(HttpStatusCode Status, string Body)> ReadyzWhileDrainingAsync(SiloProcess node)
    {
        // The drain delay (3 s) keeps the listener open after SIGTERM; poll (bounded) until readiness flips.
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(3);
        while (true)
        {
            using var response = await node.Http.GetAsync("/readyz");
            var body = await response.Content.ReadAsStringAsync();
            if (response.StatusCode != HttpStatusCode.OK || DateTime.UtcNow > deadline)
            {
                return (response.StatusCode, body);
            }

            await Task.Delay(50);
        }
    }
}
