using System.Globalization;
using System.Net;
using System.Text.Json;
using Voice.Gateway.Tests.Desktop;
using Voice.Gateway.Tests.Rest;
using Voice.Gateway.Tests.Sip;
using Voice.Grains.Contracts.Agents;
using Voice.Grains.Contracts.Calls;
using static Voice.Gateway.Tests.Desktop.DesktopEvents;

namespace Voice.Gateway.Tests.Routing;

/// <summary>
/// Routing end to end (issue 6's proof): trunk callers (SIPp) dial route point 5000, whose strategy queues by skill;
/// agents log in and become Ready over REST; their phones are SIPp UASs; the admin's Server-Sent Events show every
/// call's events and the REST queue statistics what the queues hold.
/// </summary>
[Collection(SippCollection.Name)]
public sealed class RoutingSippTests
{
    private static readonly TimeSpan AfterCallWork = TimeSpan.FromSeconds(1);

    private static readonly string[] Routed =
        [CallEventIds.RouteRequest, CallEventIds.Queued, CallEventIds.Diverted, CallEventIds.Ringing, CallEventIds.Established];

    [Fact]
    public async Task TenAgents_EachCallReachesAnAgentWithTheSkillItsStrategyAsks()
    {
        await using var node = await DesktopNode.StartAsync(AfterCallWork, RoutingTenant.Vary);
        var skills = RoutingTenant.Skills();
        string[] dns = [.. Enumerable.Range(1001, 10).Select(n => n.ToString(CultureInfo.InvariantCulture))];
        string[] callers = [RoutingTenant.SalesCaller, RoutingTenant.SupportCaller, RoutingTenant.SalesCaller, RoutingTenant.SupportCaller];
        await using var phones = await RoutingSipp.StartPhonesAsync(node, "callee_answer.xml", callers.Length, dns);
        var agents = new List<DesktopAgent>();
        try
        {
            foreach (var dn in dns)
            {
                var agent = await DesktopAgent.LoginAsync(node, "agent" + dn, dn, RoutingTenant.QueuesOf(skills["agent" + dn]));
                agents.Add(agent);
                await agent.ReadyAsync();
            }

            await using var calls = await AdminStreamAsync(node, CallEvent.Stream);
            var sipps = callers.Select(ani => RoutingSipp.StartCaller(node, "caller_routed_answered_bye.xml", ani)).ToList();
            try
            {
                var established = new List<JsonElement>();
                for (var i = 0; i < callers.Length; i++)
                {
                    established.Add(await calls.WaitForAsync(CallEventIds.Established));
                }

                foreach (var (sipp, i) in sipps.Select((s, i) => (s, i)))
                {
                    await DesktopSipp.AssertCompletedAsync(sipp, $"caller {i} ({callers[i]})");
                }

                var answered = await phones.WaitAsync(DesktopSipp.Limit);
                Assert.True(answered.ExitCode == 0 && answered.SuccessfulCalls == callers.Length, $"the agents' phones: {answered}");
                Assert.Equal(
                    callers.Select(ani => ani == RoutingTenant.SupportCaller ? "support" : "sales").Order(),
                    established.Select(e => Text(e, "ThisQueue")!).Order());
                Assert.Equal(callers.Length, established.Select(AgentId).Distinct().Count());
                foreach (var e in established)
                {
                    var (skill, level) = RoutingTenant.Requirement(Text(e, "ThisQueue")!);
                    var agentId = AgentId(e)!;
                    Assert.True(
                        skills[agentId].Any(s => s.Name == skill && s.Level >= level),
                        $"{agentId} ({string.Join(", ", skills[agentId])}) took a call needing {skill} >= {level}");
                    Assert.Equal(agentId, "agent" + ThisDn(e));
                    AssertRoutedInOrder(calls, Text(e, "CallThreadID")!, Text(e, "ThisQueue")!);
                }
            }
            finally
            {
                foreach (var sipp in sipps)
                {
                    await sipp.DisposeAsync();
                }
            }
        }
        finally
        {
            agents.ForEach(a => a.Dispose());
        }
    }

    [Fact]
    public async Task NobodyReady_TheCallWaitsWithoutRingingAPhone_UntilAnAgentBecomesReady()
    {
        await using var node = await DesktopNode.StartAsync(AfterCallWork, RoutingTenant.Vary);
        await using var phones = await RoutingSipp.StartPhonesAsync(node, "callee_answer.xml", 1, "1001", "1006");
        using var agent1001 = await DesktopAgent.LoginAsync(node, "agent1001", "1001", ["sales"]);
        using var agent1006 = await DesktopAgent.LoginAsync(node, "agent1006", "1006", ["sales"]);
        await using var calls = await AdminStreamAsync(node, CallEvent.Stream);
        using var admin = await AdminClientAsync(node);

        await using var caller = RoutingSipp.StartCaller(node, "caller_routed_answered_bye.xml", RoutingTenant.SalesCaller);
        var queued = await calls.WaitForAsync(CallEventIds.Queued);
        Assert.Equal(("6001", "sales"), (ThisDn(queued), Text(queued, "ThisQueue")));

        // Long enough for a delivery to show if the queue wrongly offered the call to a NotReady agent.
        await Task.Delay(TimeSpan.FromSeconds(3));
        var waiting = await StatsAsync(admin, "sales");
        Assert.Equal((1, 0, 0, 2), (Number(waiting, "callsWaiting"), Number(waiting, "callsRinging"), Number(waiting, "agentsReady"), Number(waiting, "agentsLoggedIn")));
        var readyAt = DateTimeOffset.UtcNow;
        await agent1006.ReadyAsync();

        var established = await calls.WaitForAsync(CallEventIds.Established);
        Assert.Equal(("1006", "agent1006", "sales"), (ThisDn(established), AgentId(established), Text(established, "ThisQueue")));
        var diverted = calls.Seen.Single(e => Id(e) == CallEventIds.Diverted);
        Assert.True(Time(diverted) >= readyAt.AddSeconds(-1), $"delivered at {Time(diverted):O}, before the agent was Ready at {readyAt:O}");
        AssertRoutedInOrder(calls, Text(established, "CallThreadID")!, "sales");
        await DesktopSipp.AssertCompletedAsync(caller, "caller");
        await DesktopSipp.AssertCompletedAsync(phones, "phone 1006");
    }

    [Fact]
    public async Task AnAgentWhoLetsItRingOut_IsMadeNotReady_AndTheCallGoesToTheNextAgentWhoAnswers()
    {
        await using var node = await DesktopNode.StartAsync(AfterCallWork, RoutingTenant.Vary);
        await using var silentPhone = await RoutingSipp.StartPhonesAsync(node, "callee_ring_cancelled.xml", 1, "1001");
        await using var answeringPhone = await RoutingSipp.StartPhonesAsync(node, "callee_answer.xml", 1, "1006");
        using var agent1001 = await DesktopAgent.LoginAsync(node, "agent1001", "1001", ["sales"]);
        using var agent1006 = await DesktopAgent.LoginAsync(node, "agent1006", "1006", ["sales"]);
        await agent1001.ReadyAsync();
        await using var calls = await AdminStreamAsync(node, CallEvent.Stream);
        await using var states1001 = await DesktopEventStream.OpenAsync(node, agent1001.Token, AgentEvent.Stream);

        await using var caller = RoutingSipp.StartCaller(node, "caller_routed_answered_bye.xml", RoutingTenant.SalesCaller);
        var ringing1001 = await calls.WaitForAsync(CallEventIds.Ringing);
        Assert.Equal(("1001", "agent1001", "sales"), (ThisDn(ringing1001), AgentId(ringing1001), Text(ringing1001, "ThisQueue")));
        await agent1006.ReadyAsync();

        var returned = await calls.WaitForAsync(CallEventIds.Released, e => ThisDn(e) == "1001");
        Assert.Equal("sales", Reason(returned, "ReturnedTo"));
        // Made NotReady by the queue (after the agent's own Ready): AuxWork with the queue's reason code.
        var notReady = await states1001.WaitForAsync(AgentEventIds.NotReady, e => Reason(e, "ReasonCode") == "NoAnswer");
        Assert.Equal(("AuxWork", "1001"), (Text(notReady, "AgentWorkMode"), ThisDn(notReady)));
        Assert.Equal("NotReady", (await agent1001.StateAsync()).GetProperty("status").GetString());

        var established = await calls.WaitForAsync(CallEventIds.Established);
        Assert.Equal(("1006", "agent1006", "sales"), (ThisDn(established), AgentId(established), Text(established, "ThisQueue")));
        Assert.Equal(
            [CallEventIds.RouteRequest, CallEventIds.Queued, CallEventIds.Diverted, CallEventIds.Ringing, CallEventIds.Released, CallEventIds.Diverted, CallEventIds.Ringing, CallEventIds.Established],
            calls.Seen.Where(e => Text(e, "CallThreadID") == Text(established, "CallThreadID")).Select(Id));
        await DesktopSipp.AssertCompletedAsync(caller, "caller");
        await DesktopSipp.AssertCompletedAsync(silentPhone, "phone 1001 (never answers)");
        await DesktopSipp.AssertCompletedAsync(answeringPhone, "phone 1006");
    }

    /// <summary>
    /// As above, but nobody else is Ready when the first agent's ring time is over: the call waits again in the queue
    /// (the ringing phone's 487 to the CANCEL arrives while it waits) until the next agent becomes Ready.
    /// </summary>
    [Fact]
    public async Task AnAgentWhoLetsItRingOut_WithNobodyElseReady_TheCallWaitsAgain_UntilTheNextAgentIsReady()
    {
        await using var node = await DesktopNode.StartAsync(AfterCallWork, RoutingTenant.Vary);
        await using var silentPhone = await RoutingSipp.StartPhonesAsync(node, "callee_ring_cancelled.xml", 1, "1001");
        await using var answeringPhone = await RoutingSipp.StartPhonesAsync(node, "callee_answer.xml", 1, "1006");
        using var agent1001 = await DesktopAgent.LoginAsync(node, "agent1001", "1001", ["sales"]);
        using var agent1006 = await DesktopAgent.LoginAsync(node, "agent1006", "1006", ["sales"]);
        await agent1001.ReadyAsync();
        await using var calls = await AdminStreamAsync(node, CallEvent.Stream);
        using var admin = await AdminClientAsync(node);

        await using var caller = RoutingSipp.StartCaller(node, "caller_routed_answered_bye.xml", RoutingTenant.SalesCaller);
        var returned = await calls.WaitForAsync(CallEventIds.Released, e => ThisDn(e) == "1001");
        Assert.Equal("sales", Reason(returned, "ReturnedTo"));
        // The silent phone has answered the CANCEL and the INVITE (487) by now: the call must still be waiting.
        await DesktopSipp.AssertCompletedAsync(silentPhone, "phone 1001 (never answers)");
        var waiting = await StatsAsync(admin, "sales");
        Assert.True(Number(waiting, "callsWaiting") == 1, $"the call does not wait after the ring-out: {waiting}; events: {calls.Describe()}");
        await agent1006.ReadyAsync();

        var established = await calls.WaitForAsync(CallEventIds.Established);
        Assert.Equal(("1006", "agent1006", "sales"), (ThisDn(established), AgentId(established), Text(established, "ThisQueue")));
        await DesktopSipp.AssertCompletedAsync(caller, "caller");
        await DesktopSipp.AssertCompletedAsync(answeringPhone, "phone 1006");
    }

    [Fact]
    public async Task TheCallerHangsUpWhileQueued_EventAbandonedWithTheQueue_AndTheQueueNoLongerHoldsTheCall()
    {
        await using var node = await DesktopNode.StartAsync(AfterCallWork, RoutingTenant.Vary);
        await using var phones = await RoutingSipp.StartPhonesAsync(node, "callee_answer.xml", 1, "1001");
        using var agent1001 = await DesktopAgent.LoginAsync(node, "agent1001", "1001", ["sales"]);
        await using var calls = await AdminStreamAsync(node, CallEvent.Stream);
        using var admin = await AdminClientAsync(node);

        await using var caller = RoutingSipp.StartCaller(node, "caller_abandons_queued.xml", RoutingTenant.SalesCaller);
        var queued = await calls.WaitForAsync(CallEventIds.Queued);
        Assert.Equal(1, Number(await StatsAsync(admin, "sales"), "callsWaiting"));

        var abandoned = await calls.WaitForAsync(CallEventIds.Abandoned);
        Assert.Equal((Text(queued, "CallThreadID"), "6001", "sales"), (Text(abandoned, "CallThreadID"), ThisDn(abandoned), Text(abandoned, "ThisQueue")));
        await DesktopSipp.AssertCompletedAsync(caller, "caller");
        var after = await StatsAsync(admin, "sales");
        Assert.Equal((0, 0), (Number(after, "callsWaiting"), Number(after, "callsRinging")));
        Assert.DoesNotContain(calls.Seen, e => Id(e) is CallEventIds.Diverted or CallEventIds.Ringing);
    }

    /// <summary>The call's routing events, in order and among its others: RouteRequest → Queued → Diverted → Ringing → Established, ThisQueue after the first.</summary>
    private static void AssertRoutedInOrder(DesktopEventStream calls, string callId, string queue)
    {
        var events = calls.Seen.Where(e => Text(e, "CallThreadID") == callId && Routed.Contains(Id(e))).ToList();
        Assert.Equal(Routed, events.Select(Id));
        Assert.Equal(RoutingSipp.RoutePoint, ThisDn(events[0]));
        Assert.All(events.Skip(1), e => Assert.Equal(queue, Text(e, "ThisQueue")));
    }

    private static async Task<DesktopEventStream> AdminStreamAsync(DesktopNode node, string topic) =>
        await DesktopEventStream.OpenAsync(node, await node.TokenAsync("admin", "demo-admin"), topic);

    private static async Task<HttpClient> AdminClientAsync(DesktopNode node) => node.Client(await node.TokenAsync("admin", "demo-admin"));

    private static async Task<JsonElement> StatsAsync(HttpClient admin, string queue)
    {
        using var response = await admin.GetAsync($"/api/v1/tenants/{DesktopNode.Tenant}/queues/{queue}/stats");
        return await RestJson.JsonAsync(response, HttpStatusCode.OK);
    }

    private static int Number(JsonElement e, string member) => e.GetProperty(member).GetInt32();

    private static DateTimeOffset Time(JsonElement e) => DateTimeOffset.Parse(Text(e, "time")!, CultureInfo.InvariantCulture);
}
