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
