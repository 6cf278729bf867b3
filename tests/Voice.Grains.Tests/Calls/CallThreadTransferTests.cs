using Voice.Grains.Contracts.Calls;
using Voice.Grains.Tests.Support;
using static Voice.Grains.Tests.Calls.CallControlTestData;
using static Voice.Grains.Tests.Calls.CallTestData;

namespace Voice.Grains.Tests.Calls;

/// <summary>Single-step transfer: the transferring party leaves, the destination is rung without SDP and then joined.</summary>
public sealed class CallThreadTransferTests
{
    [Fact]
    public async Task SingleStep_ByTheCallee_RingsTheDestinationAndJoinsItsOfferToTheCaller()
    {
        await using var host = new GrainsHost();
        var call = await EstablishedAsync(host);
        await RegisterAsync(host, "1003");
        host.Signalling.Take();

        var result = await call.TransferAsync("1002", "1003", TransferMode.SingleStep);
        var started = host.Signalling.Take();
        await call.OnLegResponseAsync(Response("b2", 180, "t-tag"));
        await call.OnLegResponseAsync(Response("b2", 200, "t-tag", PhoneSdp));
        var offered = host.Signalling.Take();
        var reInvite = Sent(offered, "INVITE", "a");
        await call.OnLegResponseAsync(Response("a", 200, "caller-tag", Offer, cseq: reInvite.CSeq));
        var acks = host.Signalling.Take();

        Assert.True(result.IsOk, result.Message);
        Assert.Equal(["BYE b1 via n2", "INVITE b2 via n3"], started.Select(Describe));
        Assert.Null(Sent(started, "INVITE", "b2").Body); // no SDP: the destination's answer brings the offer
        Assert.Equal(PhoneSdp, reInvite.Body);
        Assert.Equal(["ACK a via n1", "ACK b2 via n3"], acks.Select(Describe));
        Assert.Equal(Offer, Sent(acks, "ACK", "b2").Body); // the caller's answer completes the destination's offer
        Assert.Equal(
            ["EventReleased 1002", "EventRinging 1003", "EventEstablished 1003"],
            await EventsFromAsync(host, 2));
        Assert.Equal("Transferred", (await EventsAsync(host))[2].Reasons!["Cause"]);
        var snapshot = await call.GetAsync();
        Assert.Equal((CallPhase.Established, "1003"), (snapshot.Phase, snapshot.Callee));
        Assert.True((await call.HoldAsync("1003")).IsOk); // the new party controls the call now
        Assert.Equal("NotAParty", (await call.HoldAsync("1002")).Error);
    }

    [Fact]
    public async Task SingleStep_ToAnUnreachableDestination_IsRefusedAndChangesNothing()
    {
        await using var host = new GrainsHost();
        var call = await EstablishedAsync(host);
        host.Signalling.Take();

        var unregistered = await call.TransferAsync("1002", "1003", TransferMode.SingleStep);
        var unknown = await call.TransferAsync("1002", "1099", TransferMode.SingleStep);
        var toItself = await call.TransferAsync("1002", "1002", TransferMode.SingleStep);
        var stranger = await call.TransferAsync("1005", "1003", TransferMode.SingleStep);

        Assert.Equal(
            ("DestinationUnavailable", "UnknownDestination", "InvalidDestination", "NotAParty"),
            (unregistered.Error, unknown.Error, toItself.Error, stranger.Error));
        Assert.Empty(host.Signalling.Take());
        Assert.Equal(2, (await EventsAsync(host)).Count);
        Assert.Equal("1002", (await call.GetAsync()).Callee);
    }

    [Fact]
    public async Task SingleStep_DestinationBusy_ReleasesTheCallerToo()
    {
        await using var host = new GrainsHost();
        var call = await EstablishedAsync(host);
        await RegisterAsync(host, "1003");
        await call.TransferAsync("1002", "1003", TransferMode.SingleStep);
        host.Signalling.Take();

        await call.OnLegResponseAsync(Response("b2", 486, "t-tag"));

        Assert.Equal(["BYE a via n1"], host.Signalling.Take().Select(Describe));
        var last = (await EventsAsync(host))[^1];
        Assert.Equal(("EventReleased", "1003", "Busy"), (last.Id, last.ThisDn, last.Reasons!["Cause"]));
        Assert.Equal(CallPhase.Released, (await call.GetAsync()).Phase);
    }

    [Fact]
    public async Task SingleStep_CallerHangsUpWhileTheDestinationRings_CancelsIt()
    {
        await using var host = new GrainsHost();
        var call = await EstablishedAsync(host);
        await RegisterAsync(host, "1003");
        await call.TransferAsync("1002", "1003", TransferMode.SingleStep);
        await call.OnLegResponseAsync(Response("b2", 180, "t-tag"));
        host.Signalling.Take();

        var bye = await call.OnInDialogRequestAsync(FromCaller("BYE", 2));

        Assert.Equal(200, bye.Status);
        Assert.Equal(["CANCEL b2 via n3"], host.Signalling.Take().Select(Describe));
        Assert.Equal("EventReleased 1003", (await EventsFromAsync(host, 0))[^1]);
    }

    [Fact]
    public async Task SingleStep_DestinationDoesNotAnswer_ReminderGivesUp()
    {
        await using var host = new GrainsHost();
        var call = await EstablishedAsync(host);
        await RegisterAsync(host, "1003");
        await call.TransferAsync("1002", "1003", TransferMode.SingleStep);
        await call.OnLegResponseAsync(Response("b2", 180, "t-tag"));
        host.Signalling.Take();

        host.Time.Advance(TimeSpan.FromSeconds(31));
        await call.GetAsync();

        Assert.Equal(["CANCEL b2 via n3", "BYE a via n1"], host.Signalling.Take().Select(Describe));
        Assert.Equal("NoAnswer", (await EventsAsync(host))[^1].Reasons!["Cause"]);
    }
}
