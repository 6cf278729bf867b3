using System.Net;
using Voice.Gateway.Tests.Sip;
using Voice.Grains.Contracts.Calls;
using static Voice.Gateway.Tests.Desktop.DesktopEvents;

namespace Voice.Gateway.Tests.Desktop;

/// <summary>
/// A two-step conference from the desktop with SIPp phones: consult, complete, each member's media moved to the
/// node's mixer (every SIPp checks the mixer's answer), a member hanging up, a party removed through REST.
/// </summary>
[Collection(SippCollection.Name)]
public sealed class DesktopConferenceTests
{
    [Fact]
    public async Task AgentConferencesAThirdParty_AllMediaGoToTheMixer_ThenTheConferenceShrinksAndEnds()
    {
        await using var node = await DesktopNode.StartAsync(TimeSpan.FromSeconds(2));
        await using var phone1002 = await DesktopSipp.StartPhoneAsync(node, "phone_conference_host.xml", "1002");
        await using var phone1003 = await DesktopSipp.StartPhoneAsync(node, "phone_conference_member.xml", "1003");
        using var agent1002 = await DesktopAgent.LoginReadyAsync(node, "agent1002", "1002");
        await using var calls1002 = await DesktopEventStream.OpenAsync(node, agent1002.Token, CallEvent.Stream);
        await using var trunk = DesktopSipp.StartTrunkCaller(node, DesktopSipp.Scenario("trunk_conference.xml"), "1002");

        var established = await calls1002.WaitForAsync(CallEventIds.Established);
        var callId = Text(established, "CallThreadID")!;
        await agent1002.PostAsync($"calls/{callId}/conference", new { to = "1003" }, HttpStatusCode.Accepted);
        await calls1002.WaitForAsync(CallEventIds.Established, e => Text(e, "OtherDN") == "1003");
        await agent1002.PostAsync($"calls/{callId}/conference/complete", null, HttpStatusCode.Accepted);
        var added = await calls1002.WaitForAsync(CallEventIds.PartyAdded);
        var conference = await agent1002.GetAsync($"calls/{callId}");
        var callerLeft = await calls1002.WaitForAsync(CallEventIds.PartyDeleted);
        await agent1002.DeleteAsync($"calls/{callId}/parties/1003", HttpStatusCode.Accepted);
        var ended = await calls1002.WaitForAsync(CallEventIds.Released);

        Assert.Equal(("1002", "1003"), (ThisDn(added), Text(added, "OtherDN")));
        Assert.Equal("conference", conference.GetProperty("consultation").GetString());
        var parties = conference.GetProperty("parties").EnumerateArray().ToList();
        Assert.Equal(["5551234", "1002", "1003"], parties.Select(p => p.GetProperty("dn").GetString()));
        Assert.All(parties, p => Assert.Equal("ConferenceMember", p.GetProperty("role").GetString()));
        Assert.Equal("5551234", Text(callerLeft, "OtherDN"));
        Assert.Equal("1002", ThisDn(ended));
        await DesktopSipp.AssertCompletedAsync(trunk, "trunk caller");
        await DesktopSipp.AssertCompletedAsync(phone1002, "phone 1002");
        await DesktopSipp.AssertCompletedAsync(phone1003, "phone 1003");
        Assert.Equal(
            [CallEventIds.Ringing, CallEventIds.Established, CallEventIds.Dialing, CallEventIds.Held, CallEventIds.Established,
             CallEventIds.PartyAdded, CallEventIds.PartyDeleted, CallEventIds.PartyDeleted, CallEventIds.Released],
            calls1002.Seen.Select(e => Text(e, "id")));
    }
}
