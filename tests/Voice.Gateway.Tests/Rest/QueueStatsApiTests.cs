using System.Net;
using System.Text.Json;
using Voice.Grains.Contracts.Agents;
using Voice.Grains.Contracts.Routing;

namespace Voice.Gateway.Tests.Rest;

/// <summary>The queue wallboard (GET …/queues/{id}/stats, …/queues/stats) and the queue delivery settings in documents.</summary>
public sealed class QueueStatsApiTests(RestApiFactory api) : IClassFixture<RestApiFactory>
{
    private const string Acme = "/api/v1/tenants/acme";

    [Fact]
    public async Task Supervisor_and_admin_read_a_queues_figures_and_the_list_of_all()
    {
        // Nobody Ready, so the call waits (a delivery would reach a real call thread, which is not waiting in a queue).
        var agent = api.Grains.GetGrain<IAgentGrain>(AgentKey.For("acme", "a2"));
        Assert.True((await agent.LoginAsync(new AgentLoginRequest("2002", ["sales"], AgentWorkMode.AuxWork))).IsOk);
        var queued = await api.Grains.GetGrain<IQueueGrain>(QueueKey.For("acme", "sales")).EnqueueAsync(new QueuedCall("acme:00000000000000c1", 0, new Dictionary<string, int>()));
        Assert.True(queued.IsOk, queued.Message);
        using var sue = api.Client(await api.SupervisorTokenAsync());
        using var root = api.Client(await api.AdminTokenAsync());

        var one = await PollAsync(sue, $"{Acme}/queues/sales/stats", s => s.GetProperty("agentsLoggedIn").GetInt32() == 1);
        var all = await RestJson.JsonAsync(await root.GetAsync($"{Acme}/queues/stats"), HttpStatusCode.OK);

        Assert.Equal(
            ("sales", 1, 0, 0, 1, 0, 1),
            (one.GetProperty("queueId").GetString(), one.GetProperty("callsWaiting").GetInt32(), one.GetProperty("callsRinging").GetInt32(),
             one.GetProperty("agentsReady").GetInt32(), one.GetProperty("agentsNotReady").GetInt32(), one.GetProperty("agentsBusy").GetInt32(),
             one.GetProperty("agentsLoggedIn").GetInt32()));
        Assert.True(one.GetProperty("oldestWaitSeconds").GetDouble() >= 0);
        // Every queue of the tenant is listed (another test of this class may have added "support").
        var listed = all.GetProperty("queues").EnumerateArray().ToList();
        Assert.Equal("sales", listed[0].GetProperty("queueId").GetString());
        Assert.Equal(1, listed[0].GetProperty("callsWaiting").GetInt32());
        Assert.All(listed.Skip(1), q => Assert.Equal(0, q.GetProperty("callsWaiting").GetInt32()));
    }

    [Fact]
    public async Task Agents_may_not_read_the_wallboard()
    {
        using var alice = api.Client(await api.AgentTokenAsync());

        await RestJson.ProblemAsync(await alice.GetAsync($"{Acme}/queues/sales/stats"), HttpStatusCode.Forbidden, "forbidden");
        await RestJson.ProblemAsync(await alice.GetAsync($"{Acme}/queues/stats"), HttpStatusCode.Forbidden, "forbidden");
    }

    [Fact]
    public async Task Unknown_queue_or_other_tenant_is_404()
    {
        using var sue = api.Client(await api.SupervisorTokenAsync());

        await RestJson.ProblemAsync(await sue.GetAsync($"{Acme}/queues/nosuch/stats"), HttpStatusCode.NotFound, "not-found");
        await RestJson.ProblemAsync(await sue.GetAsync("/api/v1/tenants/globex/queues/stats"), HttpStatusCode.NotFound, "tenant-not-found");
    }

    [Fact]
    public async Task Queue_settings_travel_in_queue_and_dn_documents_and_are_validated()
    {
        using var root = api.Client(await api.AdminTokenAsync());

        var created = await RestJson.JsonAsync(
            await root.PutAsync($"{Acme}/queues/support", RestJson.Body(new { dn = "8002", selection = "round-robin", ringTimeoutSec = 20, notReadyOnNoAnswer = false })),
            HttpStatusCode.Created);
        var dn = await RestJson.JsonAsync(await root.GetAsync($"{Acme}/dns/8002"), HttpStatusCode.OK);
        var plain = await RestJson.JsonAsync(await root.GetAsync($"{Acme}/queues/sales"), HttpStatusCode.OK);
        var bad = await RestJson.ProblemAsync(
            await root.PutAsync($"{Acme}/queues/support", RestJson.Body(new { dn = "8002", selection = "cheapest", ringTimeoutSec = 0 })),
            HttpStatusCode.UnprocessableEntity,
            "validation-failed");

        Assert.Equal(("round-robin", 20, false), (created.GetProperty("selection").GetString(), created.GetProperty("ringTimeoutSec").GetInt32(), created.GetProperty("notReadyOnNoAnswer").GetBoolean()));
        Assert.Equal(("virtual-queue", "round-robin", 20), (dn.GetProperty("type").GetString(), dn.GetProperty("selection").GetString(), dn.GetProperty("ringTimeoutSec").GetInt32()));
        Assert.False(plain.TryGetProperty("selection", out _));
        Assert.Equal(2, RestJson.ErrorPaths(bad).Count(p => p.EndsWith(".selection", StringComparison.Ordinal) || p.EndsWith(".ringTimeoutSec", StringComparison.Ordinal)));
    }

    /// <summary>Agent notices reach queues asynchronously: reads until the figures show them.</summary>
    private static async Task<JsonElement> PollAsync(HttpClient client, string path, Func<JsonElement, bool> condition)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(10);
        while (true)
        {
            var figures = await RestJson.JsonAsync(await client.GetAsync(path), HttpStatusCode.OK);
            if (condition(figures) || DateTime.UtcNow > deadline)
            {
                return figures;
            }

            await Task.Delay(20);
        }
    }
}
