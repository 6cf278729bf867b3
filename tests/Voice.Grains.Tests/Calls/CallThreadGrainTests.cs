using Voice.Grains.Contracts.Calls;
using Voice.Grains.Tests.Support;
using static Voice.Grains.Tests.Calls.CallTestData;

namespace Voice.Grains.Tests.Calls;

/// <summary>The call thread's decisions on fake time with a recording gateway: actions, events and stored state.</summary>
public sealed class CallThreadGrainTests
{
    [Fact]
    public async Task Offer_ToRegisteredExtension_RingsEveryContactFromItsRegistrationNode()
    {
        await using var host = new GrainsHost();
        await SetUpAsync(host, "sip:1002@192.0.2.20:5060", "sip:1002@192.0.2.21:5060");

        var result = await host.Call(Key).OfferAsync(TrunkOffer());

        Assert.True(result.IsProceeding);
        Assert.Equal(OurTag, result.LocalTag);
        var invites = host.Signalling.Take().Cast<SendRequestAction>().ToList();
        Assert.Equal(["INVITE b1 via n2", "INVITE b2 via n2"], invites.Select(Describe));
        Assert.Equal(["sip:1002@192.0.2.20:5060", "sip:1002@192.0.2.21:5060"], invites.Select(i => i.RequestUri));
        Assert.All(invites, i => Assert.Equal((Offer, $"<sip:5551234@192.0.2.9>;tag={OurTag}"), (i.Body, i.From)));
        Assert.Empty(await EventsAsync(host)); // a trunk caller has no DN: nothing to publish until the callee rings
    }

    [Theory]
    [InlineData("1099", 404, "NotFound")]
    [InlineData("1003", 480, "NotRegistered")]
    public async Task Offer_Unreachable_IsRefusedAndReleased(string dialled, int status, string cause)
    {
        await using var host = new GrainsHost();
        await SetUpAsync(host);

        var result = await host.Call(Key).OfferAsync(TrunkOffer(dialled));

        Assert.Equal(status, result.Status);
        var released = Assert.Single(await EventsAsync(host));
        Assert.Equal((CallEventIds.Released, dialled, cause), (released.Id, released.ThisDn, released.Reasons!["Cause"]));
        Assert.Empty(host.Signalling.Actions);
        Assert.Equal(CallPhase.Released, (await host.Call(Key).GetAsync()).Phase);
    }

    [Fact]
    public async Task FirstAnswerWins_CallerGets200WithItsSdp_OtherForkIsCancelled()
    {
        await using var host = new GrainsHost();
        await SetUpAsync(host, "sip:1002@192.0.2.20:5060", "sip:1002@192.0.2.21:5060");
        var call = host.Call(Key);
        await call.OfferAsync(TrunkOffer());
        host.Signalling.Take();

        await call.OnLegResponseAsync(Response("b1", 180));
        var afterRinging = host.Signalling.Take();
        await call.OnLegResponseAsync(Response("b2", 200, "b2-tag", Answer));
        var afterAnswer = host.Signalling.Take();

        Assert.Equal(["respond 180 on n1"], afterRinging.Select(Describe));
        Assert.Equal(["respond 200 on n1", "ACK b2 via n2", "CANCEL b1 via n2"], afterAnswer.Select(Describe));
        Assert.Equal(Answer, ((RespondAction)afterAnswer[0]).Body);
        Assert.Equal([CallEventIds.Ringing, CallEventIds.Established], (await EventsAsync(host)).Select(e => e.Id));
        var snapshot = await call.GetAsync();
        Assert.Equal((CallPhase.Established, "5551234", "1002"), (snapshot.Phase, snapshot.Caller, snapshot.Callee));
    }

    [Fact]
    public async Task LateForkAnswer_IsAcknowledgedAndHungUp()
    {
        await using var host = new GrainsHost();
        await SetUpAsync(host, "sip:1002@192.0.2.20:5060", "sip:1002@192.0.2.21:5060");
        var call = host.Call(Key);
        await call.OfferAsync(TrunkOffer());
        await call.OnLegResponseAsync(Response("b1", 200, "b1-tag", Answer));
        host.Signalling.Take();

        await call.OnLegResponseAsync(Response("b2", 200, "b2-tag", Answer));

        Assert.Equal(["ACK b2 via n2", "BYE b2 via n2"], host.Signalling.Take().Select(Describe));
    }

    [Fact]
    public async Task EveryForkRefuses_BusyWins_CallerGets486()
    {
        await using var host = new GrainsHost();
        await SetUpAsync(host, "sip:1002@192.0.2.20:5060", "sip:1002@192.0.2.21:5060");
        var call = host.Call(Key);
        await call.OfferAsync(TrunkOffer());
        host.Signalling.Take();

        await call.OnLegResponseAsync(Response("b1", 408, null));
        Assert.Empty(host.Signalling.Take()); // b2 may still answer
        await call.OnLegResponseAsync(Response("b2", 486));

        var respond = Assert.IsType<RespondAction>(Assert.Single(host.Signalling.Take()));
        Assert.Equal(486, respond.Status);
        Assert.Equal([CallEventIds.DestinationBusy, CallEventIds.Released], (await EventsAsync(host)).Select(e => e.Id));
    }

    [Fact]
    public async Task NoAnswer_ReminderFires_CallerGets480AndForksAreCancelled()
    {
        await using var host = new GrainsHost();
        await SetUpAsync(host, "sip:1002@192.0.2.20:5060");
        var call = host.Call(Key);
        await call.OfferAsync(TrunkOffer());
        await call.OnLegResponseAsync(Response("b1", 180));
        host.Signalling.Take();

        host.Time.Advance(TimeSpan.FromSeconds(31));
        await call.GetAsync();

        Assert.Equal(["CANCEL b1 via n2", "respond 480 on n1"], host.Signalling.Take().Select(Describe));
        var events = await EventsAsync(host);
        Assert.Equal([CallEventIds.Ringing, CallEventIds.Released], events.Select(e => e.Id));
        Assert.Equal("NoAnswer", events[1].Reasons!["Cause"]);
    }

    [Fact]
    public async Task CallerCancels_ForksCancelledAndCallAbandoned()
    {
        await using var host = new GrainsHost();
        await SetUpAsync(host, "sip:1002@192.0.2.20:5060");
        var call = host.Call(Key);
        await call.OfferAsync(TrunkOffer());
        await call.OnLegResponseAsync(Response("b1", 180));
        host.Signalling.Take();

        await call.OnCallerCancelledAsync();
        await call.OnLegResponseAsync(Response("b1", 487));

        Assert.Equal(["CANCEL b1 via n2", "respond 487 on n1"], host.Signalling.Take().Select(Describe));
        Assert.Equal([CallEventIds.Ringing, CallEventIds.Abandoned, CallEventIds.Released], (await EventsAsync(host)).Select(e => e.Id));
    }

    [Fact]
    public async Task CalleeHangsUp_AfterTheGrainMovedNodes_CallerGetsBye()
    {
        await using var host = new GrainsHost();
        var call = await EstablishedAsync(host);
        host.Signalling.Take();
        await host.DeactivateAsync("callthread", Key);

        var answer = await call.OnInDialogRequestAsync(FromCallee("b1", "BYE", 1));

        Assert.Equal(200, answer.Status);
        var bye = Assert.IsType<SendRequestAction>(Assert.Single(host.Signalling.Take()));
        Assert.Equal(("BYE", "sip:5551234@192.0.2.9:5060", "n1", "udp:192.0.2.9:5060"), (bye.Method, bye.RequestUri, bye.NodeId, bye.Destination));
        Assert.Equal(($"<sip:1002@demo.local>;tag={OurTag}", "<sip:5551234@192.0.2.9>;tag=caller-tag", CallerCallId, 1L), (bye.From, bye.To, bye.CallId, bye.CSeq));
        // Our CSeq space on the caller's dialog is our own: the first request we send there is 1 (RFC 3261 §12.2.1.1).
        var released = (await EventsAsync(host))[^1];
        Assert.Equal((CallEventIds.Released, "1002", 3L), (released.Id, released.Reasons!["ReleasedBy"], released.Seq));
        Assert.Equal(200, (await call.OnInDialogRequestAsync(FromCallee("b1", "BYE", 1))).Status); // a repeated BYE
    }

    [Fact]
    public async Task HoldThenRetrieve_RelayedAndPublished_GlareGets491()
    {
        await using var host = new GrainsHost();
        var call = await EstablishedAsync(host);
        host.Signalling.Take();

        var hold = await call.OnInDialogRequestAsync(FromCaller("INVITE", 2, HoldOffer, "n1/7"));
        var glare = await call.OnInDialogRequestAsync(FromCallee("b1", "INVITE", 1, Offer, "n2/3"));
        var relayed = Assert.IsType<SendRequestAction>(Assert.Single(host.Signalling.Take()));
        await call.OnLegResponseAsync(Response("b1", 200, "callee-tag", Answer, cseq: relayed.CSeq));
        var afterAnswer = host.Signalling.Take();
        await call.OnInDialogRequestAsync(FromCaller("INVITE", 3, Offer, "n1/8"));
        var retrieve = Assert.IsType<SendRequestAction>(Assert.Single(host.Signalling.Take()));
        await call.OnLegResponseAsync(Response("b1", 200, "callee-tag", Answer, cseq: retrieve.CSeq));

        Assert.True(hold.IsPending);
        Assert.Equal(491, glare.Status);
        Assert.Equal(("INVITE", HoldOffer, 2L), (relayed.Method, relayed.Body, relayed.CSeq));
        Assert.Equal(["ACK b1 via n2", "respond 200 on n1"], afterAnswer.Select(Describe));
        Assert.Equal("n1/7", ((RespondAction)afterAnswer[1]).Handle);
        var events = await EventsAsync(host);
        Assert.Equal([CallEventIds.Ringing, CallEventIds.Established, CallEventIds.Held, CallEventIds.Retrieved], events.Select(e => e.Id));
        Assert.Equal(("5551234", "Origination"), (events[2].ThisDn, events[2].ThisDnRole));
        Assert.False((await call.GetAsync()).Held);
    }

    [Fact]
    public async Task LateOffer_CalleeIsAcknowledgedWithTheCallersAnswer()
    {
        await using var host = new GrainsHost();
        await SetUpAsync(host, "sip:1002@192.0.2.20:5060");
        var call = host.Call(Key);
        await call.OfferAsync(TrunkOffer(body: null));
        Assert.Null(((SendRequestAction)Assert.Single(host.Signalling.Take())).Body);

        await call.OnLegResponseAsync(Response("b1", 200, "callee-tag", Offer));
        Assert.Equal(["respond 200 on n1"], host.Signalling.Take().Select(Describe)); // no ACK yet: it needs the answer
        await call.OnInDialogRequestAsync(FromCaller("ACK", 1, Answer));

        var ack = Assert.IsType<SendRequestAction>(Assert.Single(host.Signalling.Take()));
        Assert.Equal(("ACK", Answer, 1L), (ack.Method, ack.Body, ack.CSeq));
    }

    [Fact]
    public async Task InDialog_OutOfOrderCSeqGets500_UnknownDialogGets481_UnknownMethodGets501()
    {
        await using var host = new GrainsHost();
        var call = await EstablishedAsync(host);

        var stale = await call.OnInDialogRequestAsync(FromCaller("BYE", 1));
        var stranger = await call.OnInDialogRequestAsync(FromCaller("BYE", 5) with { FromTag = "someone-else" });
        var info = await call.OnInDialogRequestAsync(FromCaller("INFO", 2));

        Assert.Equal((500, 481, 501), (stale.Status, stranger.Status, info.Status));
        Assert.Equal(CallPhase.Established, (await call.GetAsync()).Phase);
    }

    [Fact]
    public async Task ReleasedCall_IsDeletedAfterTheLinger()
    {
        await using var host = new GrainsHost();
        var call = await EstablishedAsync(host);
        await call.OnInDialogRequestAsync(FromCaller("BYE", 2));

        host.Time.Advance(TimeSpan.FromSeconds(33));
        await call.GetAsync();
        var after = await call.GetAsync();

        Assert.Equal(CallPhase.None, after.Phase);
        Assert.Empty(after.Legs);
    }
}
