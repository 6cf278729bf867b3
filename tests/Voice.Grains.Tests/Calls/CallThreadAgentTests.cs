using Voice.Grains.Contracts.Agents;
using Voice.Grains.Contracts.Calls;
using Voice.Grains.Tests.Support;
using static Voice.Grains.Tests.Calls.CallTestData;

namespace Voice.Grains.Tests.Calls;

/// <summary>Calls and the agents logged in on their DNs: AgentID on the events, Busy while connected, released after.</summary>
public sealed class CallThreadAgentTests
{
    [Fact]
    public async Task AnsweredCall_MakesTheAgentBusy_AndItsEndStartsAfterCallWork()
    {
        await using var host = new GrainsHost();
        await SetUpAsync(host, "sip:1002@192.0.2.20:5060");
        var agent = host.Runtime.GetGrain<IAgentGrain>("demo:agent1002");
        Assert.True((await agent.LoginAsync(new AgentLoginRequest("1002", WorkMode: AgentWorkMode.ManualIn))).IsOk);
        var call = host.Call(Key);

        await call.OfferAsync(TrunkOffer());
        await call.OnLegResponseAsync(Response("b1", 200, "callee-tag", Answer));
        var busy = await WaitForAsync(agent, s => s.Status == AgentStatus.Busy);
        await call.OnInDialogRequestAsync(FromCaller("BYE", 2));
        var afterCall = await WaitForAsync(agent, s => s.Status != AgentStatus.Busy);

        Assert.Equal([Key], busy.ActiveCalls);
        Assert.Equal((AgentStatus.NotReady, AgentWorkMode.AfterCallWork), (afterCall.Status, afterCall.WorkMode));
        Assert.Empty(afterCall.ActiveCalls);
        Assert.All(await EventsAsync(host), e => Assert.Equal("agent1002", e.AgentId));
    }

    [Fact]
    public async Task UnansweredCall_LeavesTheAgentAsItWas_AndNamesItOnTheEvents()
    {
        await using var host = new GrainsHost();
        await SetUpAsync(host, "sip:1002@192.0.2.20:5060");
        var agent = host.Runtime.GetGrain<IAgentGrain>("demo:agent1002");
        await agent.LoginAsync(new AgentLoginRequest("1002", WorkMode: AgentWorkMode.ManualIn));
        var call = host.Call(Key);

        await call.OfferAsync(TrunkOffer());
        await call.OnLegResponseAsync(Response("b1", 486));

        Assert.Equal(AgentStatus.Ready, (await agent.GetAsync()).Status);
        Assert.All(await EventsAsync(host), e => Assert.Equal("agent1002", e.AgentId));
    }

    [Fact]
    public async Task SingleStepTransfer_ReleasesTheTransferringAgent_AndMakesTheDestinationsBusy()
    {
        await using var host = new GrainsHost();
        await SetUpAsync(host, "sip:1002@192.0.2.20:5060");
        await CallControlTestData.RegisterAsync(host, "1003");
        var first = host.Runtime.GetGrain<IAgentGrain>("demo:agent1002");
        var second = host.Runtime.GetGrain<IAgentGrain>("demo:agent1003");
        await first.LoginAsync(new AgentLoginRequest("1002", WorkMode: AgentWorkMode.ManualIn));
        await second.LoginAsync(new AgentLoginRequest("1003", WorkMode: AgentWorkMode.ManualIn));
        var call = host.Call(Key);
        await call.OfferAsync(TrunkOffer());
        await call.OnLegResponseAsync(Response("b1", 200, "callee-tag", Answer));
        await WaitForAsync(first, s => s.Status == AgentStatus.Busy);

        await call.TransferAsync("1002", "1003", TransferMode.SingleStep);
        await call.OnLegResponseAsync(Response("b2", 200, "t-tag", CallControlTestData.PhoneSdp));
        var reInvite = host.Signalling.Take().OfType<SendRequestAction>().Single(r => r.LegId == "a" && r.Method == "INVITE");
        await call.OnLegResponseAsync(Response("a", 200, "caller-tag", Offer, cseq: reInvite.CSeq));
        var transferred = await WaitForAsync(first, s => s.Status != AgentStatus.Busy);
        var receiving = await WaitForAsync(second, s => s.Status == AgentStatus.Busy);

        Assert.Equal((AgentStatus.NotReady, AgentWorkMode.AfterCallWork), (transferred.Status, transferred.WorkMode));
        Assert.Equal([Key], receiving.ActiveCalls);
        var events = await EventsAsync(host);
        Assert.Equal("agent1003", events.Single(e => e.Id == CallEventIds.Established && e.ThisDn == "1003").AgentId);
        var party = Assert.Single((await call.GetAsync()).Parties, p => p.Dn == "1003");
        Assert.Equal(("agent1003", "Connected"), (party.AgentId, party.State));
    }

    /// <summary>Agent notices are sent after the call's turn (not awaited by it): poll briefly for their effect.</summary>
    private static async Task<AgentSnapshot> WaitForAsync(IAgentGrain agent, Func<AgentSnapshot, bool> condition)
    {
        for (var attempt = 0; ; attempt++)
        {
            var snapshot = await agent.GetAsync();
            if (condition(snapshot) || attempt == 200)
            {
                return snapshot;
            }

            await Task.Delay(10);
        }
    }
}
