using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Voice.Grains.Contracts.Calls;
using Voice.Testing;

namespace Voice.Silo.Tests.Processes;

/// <summary>
/// Routing across a node's loss (issue 6's proof): a trunk call to route point 5000 waits in queue sales (the demo
/// tenant's default target) with no agent Ready; the node owning the call's routing session is killed (-9); an agent
/// made Ready over REST on a surviving node still gets the call, its SIPp phone answers.
/// </summary>
[Collection(SiloProcessCollection.Name)]
public sealed class ClusterRoutingTests : IDisposable
{
    private const string RoutePoint = "5000";
    private const string AgentDn = "1001";
    private const string AgentId = "agent1001";
    private const string RoutingSessionGrainType = "routingsession";

    /// <summary>
    /// The call thread lives on its entry node, the session on whichever node owns its own slot: a call whose session
    /// shares the entry node cannot prove the session's failover alone (killing it would take the caller's dialog), so
    /// such a call is given up and the next one enters at the next node. Each try keeps a one-in-three chance of
    /// that, so six leave about one in a thousand.
    /// </summary>
    private const int Tries = 6;

    private static readonly TimeSpan EventLimit = TimeSpan.FromSeconds(30);

    private readonly string _directory = Directory.CreateTempSubdirectory("voice-silo-routing-").FullName;

    /// <summary>The calls tried so far: the event stream is read from its start, so an earlier try's EventQueued is skipped.</summary>
    private readonly HashSet<string> _tried = [];

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public async Task NodeOwningTheRoutingSession_Killed_WhileTheCallWaits_TheCallStillReachesTheAgentMadeReadyOnASurvivor()
    {
        await using var cluster = await CallCluster.StartAsync();
        // Tokens first (PBKDF2 is slow): the caller gives up 25 s after its 183, which bounds the failover's steps.
        var agents = new Dictionary<string, HttpClient>();
        var admins = new Dictionary<string, HttpClient>();
        try
        {
            foreach (var node in cluster.Nodes)
            {
                agents[node.NodeId] = await ClientAsync(node, AgentId, "demo-agent");
                admins[node.NodeId] = await ClientAsync(node, "admin", "demo-admin");
            }

            await LoginNotReadyAsync(agents[cluster.Nodes[0].NodeId]);
            await TryCallsAsync(cluster, agents, admins);
        }
        finally
        {
            foreach (var client in agents.Values.Concat(admins.Values))
            {
                client.Dispose();
            }
        }
    }

    private async Task TryCallsAsync(CallCluster cluster, Dictionary<string, HttpClient> agents, Dictionary<string, HttpClient> admins)
    {

        for (var attempt = 0; attempt < Tries; attempt++)
        {
            var entry = cluster.Nodes[attempt % cluster.Nodes.Count];
            var callerLog = Path.Combine(_directory, $"caller-{attempt}.log");
            await using var caller = ClusterCallSipp.StartTrunkCaller(entry, "caller_routed_or_gives_up.xml", callerLog, RoutePoint);
            var queued = await cluster.Events.WaitForAsync(e => e.Id == CallEventIds.Queued && _tried.Add(e.CallThreadId), EventLimit);
            var key = CallThreadKey.For(queued.CustomerId, queued.CallThreadId);
            var sessionOwner = await cluster.SlotOwnerAsync(key, RoutingSessionGrainType);
            Assert.Equal(entry.NodeId, await cluster.SlotOwnerAsync(key));
            if (sessionOwner == entry.NodeId)
            {
                // Not a call for this proof: let it give up, so it does not wait ahead of the next one.
                var gaveUp = await caller.WaitAsync(ClusterCallSipp.Limit);
                Assert.True(gaveUp is { ExitCode: 0, SuccessfulCalls: 1 }, $"try {attempt}: the caller that gives up: {gaveUp}");
                await cluster.Events.WaitForAsync(e => e.Id == CallEventIds.Abandoned && e.CallThreadId == queued.CallThreadId, EventLimit);
                continue;
            }

            await ProveFailoverAsync(cluster, entry, caller, queued, sessionOwner, agents[entry.NodeId], admins[entry.NodeId]);
            return;
        }

        Assert.Fail($"in {Tries} tries every call's routing session was on its entry node");
    }

    private async Task ProveFailoverAsync(
        CallCluster cluster, SiloProcess entry, SippProcess caller, CallEvent queued, string? sessionOwner, HttpClient agent, HttpClient admin)
    {
        var key = CallThreadKey.For(queued.CustomerId, queued.CallThreadId);
        var victim = cluster.Nodes.Single(n => n.NodeId == sessionOwner);
        // The phone registers through the entry node, which survives: its INVITE leaves from a live node.
        await using var phone = await ClusterCallSipp.StartCalleeAsync(entry, "callee_answer.xml", Path.Combine(_directory, "phone.log"), AgentDn);
        Assert.Equal(("sales", "6001"), (queued.ThisQueue, queued.ThisDn));

        await victim.Process.KillAsync();
        var newOwner = await cluster.WaitForSlotOwnerAsync(key, o => o is not null && o != victim.NodeId, TimeSpan.FromSeconds(15), RoutingSessionGrainType);
        Assert.True(newOwner is not null && newOwner != victim.NodeId, $"the routing session's slot did not move off {victim.NodeId}: {newOwner ?? "free"}");
        var waiting = await QueueStatsAsync(admin);
        Assert.Equal((1, 0), (waiting.GetProperty("callsWaiting").GetInt32(), waiting.GetProperty("agentsReady").GetInt32()));

        await ReadyAsync(agent);
        var established = await cluster.Events.WaitForAsync(e => e.Id == CallEventIds.Established && e.CallThreadId == queued.CallThreadId, EventLimit);
        Assert.Equal((AgentDn, AgentId, "sales"), (established.ThisDn, established.AgentId, established.ThisQueue));

        var called = await caller.WaitAsync(ClusterCallSipp.Limit);
        var answered = await phone.WaitAsync(ClusterCallSipp.Limit);
        Assert.True(called is { ExitCode: 0, SuccessfulCalls: 1 }, "caller (must be answered, then hang up): " + called);
        Assert.True(answered is { ExitCode: 0, SuccessfulCalls: 1 }, "phone 1001: " + answered);
        // The demo strategy attaches data first (EventAttachedDataChanged): the routing steps are what this checks.
        var events = (await cluster.Events.OfCallAsync(key)).Where(e => e.Id is not (CallEventIds.Released or CallEventIds.AttachedDataChanged)).ToList();
        Assert.Equal(
            [CallEventIds.RouteRequest, CallEventIds.Queued, CallEventIds.Diverted, CallEventIds.Ringing, CallEventIds.Established],
            events.Select(e => e.Id).Take(5));
        Assert.All(events.Skip(1).Take(4), e => Assert.Equal("sales", e.ThisQueue));
    }

    private static async Task LoginNotReadyAsync(HttpClient agent)
    {
        using var login = await agent.PostAsJsonAsync($"/api/v1/tenants/demo/agents/{AgentId}/login", new { dn = AgentDn, queues = new[] { "sales" } });
        Assert.Equal("NotReady", (await JsonAsync(login)).GetProperty("status").GetString());
    }

    private static async Task ReadyAsync(HttpClient agent)
    {
        using var ready = await agent.PostAsJsonAsync($"/api/v1/tenants/demo/agents/{AgentId}/ready", new { workMode = "ManualIn" });
        Assert.Equal("Ready", (await JsonAsync(ready)).GetProperty("status").GetString());
    }

    private static async Task<JsonElement> QueueStatsAsync(HttpClient admin)
    {
        using var stats = await admin.GetAsync("/api/v1/tenants/demo/queues/sales/stats");
        return await JsonAsync(stats);
    }

    /// <summary>A client of <paramref name="node"/> with a token it issued (each node signs its own unless given a shared key).</summary>
    private static async Task<HttpClient> ClientAsync(SiloProcess node, string username, string password)
    {
        using var issued = await node.Http.PostAsJsonAsync("/api/v1/auth/token", new { tenant = "demo", username, password });
        var token = (await JsonAsync(issued)).GetProperty("access_token").GetString()!;
        var client = new HttpClient { BaseAddress = node.Http.BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri}: {(int)response.StatusCode} {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }
}
