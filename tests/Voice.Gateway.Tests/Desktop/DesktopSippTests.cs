using System.Globalization;
using System.Net;
using System.Text.Json;
using Voice.Gateway.Tests.Calls;
using Voice.Gateway.Tests.Sip;
using Voice.Grains.Contracts.Agents;
using Voice.Grains.Contracts.Calls;
using Voice.Grains.Contracts.Registrar;
using static Voice.Gateway.Tests.Desktop.DesktopEvents;

namespace Voice.Gateway.Tests.Desktop;

/// <summary>
/// The desktop end to end (issue 5's proof): agents act through the REST API of a real in-process node and watch
/// their Server-Sent Events while SIPp phones and a SIPp trunk caller carry the calls; every SIPp checks what it
/// receives (bodies, directions) and must end its one call cleanly.
/// </summary>
[Collection(SippCollection.Name)]
public sealed class DesktopSippTests
{
    /// <summary>Short enough to watch it end; long enough that NotReady(AfterCallWork) is a state of its own.</summary>
    private static readonly TimeSpan AfterCallWork = TimeSpan.FromSeconds(2);

    [Fact]
    public async Task AgentTakesATrunkCall_HoldsRetrievesAndTransfersIt_ThenWrapsUpAndIsReadyAgain()
    {
        await using var node = await DesktopNode.StartAsync(AfterCallWork);
        await using var phone1002 = await DesktopSipp.StartPhoneAsync(node, "phone_answer_then_bye.xml", "1002");
        await using var phone1003 = await DesktopSipp.StartPhoneAsync(node, "phone_transfer_target.xml", "1003");
        using var agent1002 = await DesktopAgent.LoginReadyAsync(node, "agent1002", "1002");
        using var agent1003 = await DesktopAgent.LoginReadyAsync(node, "agent1003", "1003");
        await using var calls1002 = await DesktopEventStream.OpenAsync(node, agent1002.Token, CallEvent.Stream);
        await using var calls1003 = await DesktopEventStream.OpenAsync(node, agent1003.Token, CallEvent.Stream);
        await using var states1002 = await DesktopEventStream.OpenAsync(node, agent1002.Token, AgentEvent.Stream);

        await using var trunk = DesktopSipp.StartTrunkCaller(node, DesktopSipp.Scenario("trunk_hold_transfer.xml"), "1002");

        var ringing = await calls1002.WaitForAsync(CallEventIds.Ringing);
        var established = await calls1002.WaitForAsync(CallEventIds.Established);
        var callId = Text(established, "CallThreadID")!;
        Assert.Equal(callId, Text(ringing, "CallThreadID"));
        Assert.All([ringing, established], e => Assert.Equal(("1002", "agent1002", "Inbound", "5551234"), (ThisDn(e), AgentId(e), Text(e, "CallType"), Text(e, "OtherDN"))));

        await agent1002.PostAsync($"calls/{callId}/hold", null, HttpStatusCode.Accepted);
        var held = await calls1002.WaitForAsync(CallEventIds.Held);
        await agent1002.PostAsync($"calls/{callId}/retrieve", null, HttpStatusCode.Accepted);
        var retrieved = await calls1002.WaitForAsync(CallEventIds.Retrieved);
        Assert.All([held, retrieved], e => Assert.Equal(("1002", "agent1002"), (ThisDn(e), AgentId(e))));

        await agent1002.PostAsync($"calls/{callId}/transfer", new { to = "1003", mode = "single-step" }, HttpStatusCode.Accepted);
        var transferred = await calls1002.WaitForAsync(CallEventIds.Released);
        Assert.Equal(("1002", "Transferred"), (ThisDn(transferred), Reason(transferred, "Cause")));
        var ringing1003 = await calls1003.WaitForAsync(CallEventIds.Ringing);
        var established1003 = await calls1003.WaitForAsync(CallEventIds.Established);
        Assert.All([ringing1003, established1003], e => Assert.Equal((callId, "1003", "agent1003"), (Text(e, "CallThreadID"), ThisDn(e), AgentId(e))));

        await agent1003.PostAsync($"calls/{callId}/release", null, HttpStatusCode.Accepted);
        var released = await calls1003.WaitForAsync(CallEventIds.Released);
        Assert.Equal(("1003", "Normal", "1003"), (ThisDn(released), Reason(released, "Cause"), Reason(released, "ReleasedBy")));

        await DesktopSipp.AssertCompletedAsync(trunk, "trunk caller");
        await DesktopSipp.AssertCompletedAsync(phone1002, "phone 1002");
        await DesktopSipp.AssertCompletedAsync(phone1003, "phone 1003");

        // agent1002 left the call at the transfer: after-call work, then back to Ready by the timer.
        var wrapUp = await states1002.WaitForAsync(AgentEventIds.NotReady, e => Text(e, "AgentWorkMode") == "AfterCallWork");
        Assert.Equal(("1002", "CallEnded"), (ThisDn(wrapUp), Reason(wrapUp, "Cause")));
        var readyAgain = await states1002.WaitForAsync(AgentEventIds.Ready, e => Reason(e, "Cause") is not null);
        Assert.Equal(("ManualIn", "AfterCallWorkEnded"), (Text(readyAgain, "AgentWorkMode"), Reason(readyAgain, "Cause")));
        Assert.True(
            DateTimeOffset.Parse(Text(readyAgain, "time")!, CultureInfo.InvariantCulture) - DateTimeOffset.Parse(Text(wrapUp, "time")!, CultureInfo.InvariantCulture) >= AfterCallWork,
            "after-call work ended before its time");
        var state = await agent1002.StateAsync();
        Assert.Equal(("Ready", 0), (state.GetProperty("status").GetString(), ActiveCalls(state)));

        Assert.Equal(
            [(CallEventIds.Ringing, "1002"), (CallEventIds.Established, "1002"), (CallEventIds.Held, "1002"), (CallEventIds.Retrieved, "1002"), (CallEventIds.Released, "1002")],
            IdsAndDns(calls1002.Seen));
        Assert.Equal([(CallEventIds.Ringing, "1003"), (CallEventIds.Established, "1003"), (CallEventIds.Released, "1003")], IdsAndDns(calls1003.Seen));
        // The phone's registration put DN 1002 in service (the agent's stream has its DN's service events); a login
        // without a work mode is NotReady (AuxWork) until the agent asks for Ready.
        Assert.Equal(
            [(DnServiceEvent.BackInService, null), (AgentEventIds.Login, "AuxWork"), (AgentEventIds.NotReady, "AuxWork"), (AgentEventIds.Ready, "ManualIn"), (AgentEventIds.NotReady, "AfterCallWork"), (AgentEventIds.Ready, "ManualIn")],
            states1002.Seen.Select(e => (Id(e), Text(e, "AgentWorkMode"))));
    }

    [Fact]
    public async Task AgentAnswersFromTheDesktop_ThePhoneGetsNotifyTalkAndAnswers_AndTheCallIsEstablished()
    {
        await using var node = await DesktopNode.StartAsync(AfterCallWork);
        await using var phone1002 = await DesktopSipp.StartPhoneAsync(node, "phone_remote_answer.xml", "1002");
        using var agent1002 = await DesktopAgent.LoginReadyAsync(node, "agent1002", "1002");
        await using var calls1002 = await DesktopEventStream.OpenAsync(node, agent1002.Token, CallEvent.Stream);

        // The trunk caller hangs up once connected.
        await using var trunk = DesktopSipp.StartTrunkCaller(node, CallSipp.Scenario("caller_answered_bye.xml"), "1002");

        var ringing = await calls1002.WaitForAsync(CallEventIds.Ringing);
        var callId = Text(ringing, "CallThreadID")!;
        // The phone only rings: nothing connects the call until the desktop answers.
        Assert.Equal("Alerting", (await agent1002.GetAsync($"calls/{callId}")).GetProperty("phase").GetString());
        await agent1002.PostAsync($"calls/{callId}/answer", null, HttpStatusCode.Accepted);
        var established = await calls1002.WaitForAsync(CallEventIds.Established);
        Assert.Equal((callId, "1002", "agent1002"), (Text(established, "CallThreadID"), ThisDn(established), AgentId(established)));
        var released = await calls1002.WaitForAsync(CallEventIds.Released);
        Assert.Equal(("Normal", "5551234"), (Reason(released, "Cause"), Reason(released, "ReleasedBy")));

        await DesktopSipp.AssertCompletedAsync(trunk, "trunk caller");
        await DesktopSipp.AssertCompletedAsync(phone1002, "phone 1002");
        Assert.Equal(
            [(CallEventIds.Ringing, "1002"), (CallEventIds.Established, "1002"), (CallEventIds.Released, "1002")],
            IdsAndDns(calls1002.Seen));
    }

    [Fact]
    public async Task AgentMakesACallFromTheDesktop_ItsPhoneAnswersByItself_ThenTheCalledPhone_AndBothAreEstablished_UntilTheCalledHangsUp()
    {
        await using var node = await DesktopNode.StartAsync(AfterCallWork);
        await using var phone1002 = await DesktopSipp.StartPhoneAsync(node, "phone_make_call_from.xml", "1002");
        await using var phone1003 = await DesktopSipp.StartPhoneAsync(node, "phone_called_late_offer.xml", "1003");
        using var agent1002 = await DesktopAgent.LoginReadyAsync(node, "agent1002", "1002");
        using var agent1003 = await DesktopAgent.LoginReadyAsync(node, "agent1003", "1003");
        await using var calls1002 = await DesktopEventStream.OpenAsync(node, agent1002.Token, CallEvent.Stream);
        await using var calls1003 = await DesktopEventStream.OpenAsync(node, agent1003.Token, CallEvent.Stream);

        var made = await agent1002.PostAsync("calls", new { from = "1002", to = "1003" }, HttpStatusCode.Accepted);
        var callId = made.GetProperty("callId").GetString()!;

        var established1003 = await calls1003.WaitForAsync(CallEventIds.Established);
        var established1002 = await calls1002.WaitForAsync(CallEventIds.Established);
        Assert.Equal((callId, "1003", "agent1003", "1002"), (Text(established1003, "CallThreadID"), ThisDn(established1003), AgentId(established1003), Text(established1003, "OtherDN")));
        Assert.Equal((callId, "1002", "agent1002", "1003"), (Text(established1002, "CallThreadID"), ThisDn(established1002), AgentId(established1002), Text(established1002, "OtherDN")));
        Assert.Equal("Internal", Text(established1002, "CallType"));

        // Phone 1003 hangs up once its ACK came: both EventEstablished are published when 1003 answers, before the
        // re-INVITE to 1002 settles the media, so a release from the desktop right now would race that exchange.
        var released1002 = await calls1002.WaitForAsync(CallEventIds.Released);
        var released1003 = await calls1003.WaitForAsync(CallEventIds.Released);
        Assert.All([released1002, released1003], e => Assert.Equal(("Normal", "1003"), (Reason(e, "Cause"), Reason(e, "ReleasedBy"))));

        await DesktopSipp.AssertCompletedAsync(phone1002, "phone 1002");
        await DesktopSipp.AssertCompletedAsync(phone1003, "phone 1003");
        Assert.Equal(
            [(CallEventIds.Dialing, "1002"), (CallEventIds.Established, "1002"), (CallEventIds.Released, "1002")],
            IdsAndDns(calls1002.Seen));
        Assert.Equal([(CallEventIds.Ringing, "1003"), (CallEventIds.Established, "1003"), (CallEventIds.Released, "1003")], IdsAndDns(calls1003.Seen));
    }

    private static int ActiveCalls(JsonElement state) =>
        state.TryGetProperty("activeCalls", out var calls) ? calls.GetArrayLength() : 0;
}
