using Voice.Grains.Contracts.Calls;
using Voice.Grains.Tests.Support;
using static Voice.Grains.Tests.Calls.CallTestData;

namespace Voice.Grains.Tests.Calls;

/// <summary>Third-party call control on the call thread: hold, retrieve and release asked on behalf of a DN.</summary>
public sealed class CallThreadControlTests
{
    [Fact]
    public async Task HoldThenRetrieve_ByTheCallee_ReOffersItsMediaToTheCaller()
    {
        await using var host = new GrainsHost();
        var call = await EstablishedAsync(host);
        host.Signalling.Take();

        var held = await call.HoldAsync("1002");
        var holdOffer = Assert.IsType<SendRequestAction>(Assert.Single(host.Signalling.Take()));
        await call.OnLegResponseAsync(Response("a", 200, "caller-tag", Offer, cseq: holdOffer.CSeq));
        var ackHold = host.Signalling.Take();
        var retrieved = await call.RetrieveAsync("1002");
        var retrieveOffer = Assert.IsType<SendRequestAction>(Assert.Single(host.Signalling.Take()));
        await call.OnLegResponseAsync(Response("a", 200, "caller-tag", Offer, cseq: retrieveOffer.CSeq));

        Assert.True(held.IsOk && retrieved.IsOk);
        Assert.Equal(("INVITE", "a", "n1"), (holdOffer.Method, holdOffer.LegId, holdOffer.NodeId));
        Assert.Contains("a=sendonly", holdOffer.Body, StringComparison.Ordinal);
        Assert.Contains("c=IN IP4 192.0.2.20", holdOffer.Body, StringComparison.Ordinal); // the callee's media
        Assert.Equal(["ACK a via n1"], ackHold.Select(Describe)); // no transaction of ours waits for it
        Assert.DoesNotContain("a=sendonly", retrieveOffer.Body, StringComparison.Ordinal);
        var events = await EventsAsync(host);
        Assert.Equal([CallEventIds.Ringing, CallEventIds.Established, CallEventIds.Held, CallEventIds.Retrieved], events.Select(e => e.Id));
        Assert.Equal(("1002", "Destination", "5551234"), (events[2].ThisDn, events[2].ThisDnRole, events[2].OtherDn));
    }

    [Fact]
    public async Task Hold_Refusals_ChangeNothing()
    {
        await using var host = new GrainsHost();
        var call = await EstablishedAsync(host);
        host.Signalling.Take();

        var stranger = await call.HoldAsync("1005");
        var notHeld = await call.RetrieveAsync("1002");
        await call.HoldAsync("1002");
        var whilePending = await call.HoldAsync("1002");

        Assert.Equal(("NotAParty", "NotHeld", "OfferPending"), (stranger.Error, notHeld.Error, whilePending.Error));
        Assert.Single(host.Signalling.Take()); // only the one accepted hold offer went out
    }

    [Fact]
    public async Task Release_ByTheCallee_HangsUpBothLegs()
    {
        await using var host = new GrainsHost();
        var call = await EstablishedAsync(host);
        host.Signalling.Take();

        var released = await call.ReleaseAsync("1002");

        Assert.True(released.IsOk);
        Assert.Equal(["BYE a via n1", "BYE b1 via n2"], host.Signalling.Take().Select(Describe));
        var last = (await EventsAsync(host))[^1];
        Assert.Equal((CallEventIds.Released, "1002"), (last.Id, last.Reasons!["ReleasedBy"]));
        Assert.Equal("NotActive", (await call.ReleaseAsync("1002")).Error);
    }

    [Fact]
    public async Task Release_WhileRinging_DeclinesTheCall()
    {
        await using var host = new GrainsHost();
        await SetUpAsync(host, "sip:1002@192.0.2.20:5060");
        var call = host.Call(Key);
        await call.OfferAsync(TrunkOffer());
        host.Signalling.Take();

        var declined = await call.ReleaseAsync("1002");

        Assert.True(declined.IsOk);
        Assert.Equal(["CANCEL b1 via n2", "respond 486 on n1"], host.Signalling.Take().Select(Describe));
        Assert.Equal(CallPhase.Released, (await call.GetAsync()).Phase);
    }
}
