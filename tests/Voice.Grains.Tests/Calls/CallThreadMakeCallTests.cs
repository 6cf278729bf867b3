using Voice.Grains.Contracts.Calls;
using Voice.Grains.Tests.Support;
using static Voice.Grains.Tests.Calls.CallControlTestData;
using static Voice.Grains.Tests.Calls.CallTestData;

namespace Voice.Grains.Tests.Calls;

/// <summary>Make call (RFC 3725) and remote answer (talk-event NOTIFY).</summary>
public sealed class CallThreadMakeCallTests
{
    [Fact]
    public async Task MakeCall_RingsTheCallingPhoneWithAutoAnswer_ThenDialsAndJoinsTheMedia()
    {
        await using var host = new GrainsHost();
        await SetUpAsync(host, "sip:1002@192.0.2.20:5060");
        await RegisterAsync(host, "1003");
        var call = host.Call(Key);

        var made = await call.MakeCallAsync(new MakeCallRequest("1002", "1003", new Dictionary<string, string> { ["order"] = "42" }));
        var invite = Assert.IsType<SendRequestAction>(Assert.Single(host.Signalling.Take()));
        await call.OnLegResponseAsync(Response("a", 200, "phone-tag", Offer));
        var dialled = host.Signalling.Take();
        await call.OnLegResponseAsync(Response("b1", 180, "t-tag"));
        await call.OnLegResponseAsync(Response("b1", 200, "t-tag", PhoneSdp));
        var reInvite = Sent(host.Signalling.Take(), "INVITE", "a");
        await call.OnLegResponseAsync(Response("a", 200, "phone-tag", Offer, cseq: reInvite.CSeq));
        var acks = host.Signalling.Take();

        Assert.True(made.IsOk, made.Message);
        Assert.Equal(("INVITE", "a", "n2", null), (invite.Method, invite.LegId, invite.NodeId, invite.Body));
        Assert.Equal("<sip:demo.local>;answer-after=0", invite.Headers!["Call-Info"]);
        Assert.Equal(["ACK a via n2", "INVITE b1 via n3"], dialled.Select(Describe));
        Assert.Contains("a=inactive", Sent(dialled, "ACK", "a").Body, StringComparison.Ordinal);
        Assert.Null(Sent(dialled, "INVITE", "b1").Body);
        Assert.Equal(PhoneSdp, reInvite.Body);
        Assert.Equal(["ACK a via n2", "ACK b1 via n3"], acks.Select(Describe));
        Assert.Equal(Offer, Sent(acks, "ACK", "b1").Body);
        Assert.Equal(
            ["EventDialing 1002", "EventRinging 1003", "EventEstablished 1003", "EventEstablished 1002"],
            await EventsFromAsync(host, 0));
        var snapshot = await call.GetAsync();
        Assert.Equal((CallPhase.Established, "Internal", "42"), (snapshot.Phase, snapshot.CallType, snapshot.UserData["order"]));
        Assert.All(await EventsAsync(host), e => Assert.Equal("42", e.UserData["order"]));
    }

    [Fact]
    public async Task MakeCall_CalledPartyBusy_HangsUpTheCallingPhone()
    {
        await using var host = new GrainsHost();
        await SetUpAsync(host, "sip:1002@192.0.2.20:5060");
        await RegisterAsync(host, "1003");
        var call = host.Call(Key);
        await call.MakeCallAsync(new MakeCallRequest("1002", "1003", null));
        await call.OnLegResponseAsync(Response("a", 200, "phone-tag", Offer));
        host.Signalling.Take();

        await call.OnLegResponseAsync(Response("b1", 486, "t-tag"));

        Assert.Equal(["BYE a via n2"], host.Signalling.Take().Select(Describe));
        Assert.Equal(["EventDialing 1002", "EventDestinationBusy 1003", "EventReleased 1003", "EventReleased 1002"], await EventsFromAsync(host, 0));
    }

    [Fact]
    public async Task MakeCall_ReleasedBeforeTheCallingPhoneTookTheOffer_StillAcksTheCalledPhoneFirst()
    {
        await using var host = new GrainsHost();
        await SetUpAsync(host, "sip:1002@192.0.2.20:5060");
        await RegisterAsync(host, "1003");
        var call = host.Call(Key);
        await call.MakeCallAsync(new MakeCallRequest("1002", "1003", null));
        await call.OnLegResponseAsync(Response("a", 200, "phone-tag", Offer));
        await call.OnLegResponseAsync(Response("b1", 200, "t-tag", PhoneSdp));
        host.Signalling.Take(); // the re-INVITE to the calling phone is still unanswered

        var released = await call.ReleaseAsync("1002");

        Assert.True(released.IsOk, released.Message);
        var actions = host.Signalling.Take();
        Assert.Equal(["ACK b1 via n3", "BYE a via n2", "BYE b1 via n3"], actions.Select(Describe));
        Assert.Contains("a=inactive", Sent(actions, "ACK", "b1").Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MakeCall_Refusals_ChangeNothing()
    {
        await using var host = new GrainsHost();
        await SetUpAsync(host, "sip:1002@192.0.2.20:5060");
        var call = host.Call(Key);

        var notRegistered = await call.MakeCallAsync(new MakeCallRequest("1004", "1002", null));
        var unknownFrom = await call.MakeCallAsync(new MakeCallRequest("1099", "1002", null));
        var unknownTo = await call.MakeCallAsync(new MakeCallRequest("1002", "1099", null));
        var itself = await call.MakeCallAsync(new MakeCallRequest("1002", "1002", null));

        Assert.Equal(
            ("NotRegistered", "UnknownDn", "UnknownDestination", "InvalidDestination"),
            (notRegistered.Error, unknownFrom.Error, unknownTo.Error, itself.Error));
        Assert.Empty(host.Signalling.Take());
        Assert.Equal(CallPhase.None, (await call.GetAsync()).Phase);
    }

    [Fact]
    public async Task Answer_SendsTalkNotifyInTheRingingPhonesEarlyDialog()
    {
        await using var host = new GrainsHost();
        await SetUpAsync(host, "sip:1002@192.0.2.20:5060");
        var call = host.Call(Key);
        await call.OfferAsync(TrunkOffer());
        host.Signalling.Take();

        var tooEarly = await call.AnswerAsync("1002");
        await call.OnLegResponseAsync(Response("b1", 180, "callee-tag"));
        host.Signalling.Take();
        var answered = await call.AnswerAsync("1002");
        var notify = Assert.IsType<SendRequestAction>(Assert.Single(host.Signalling.Take()));
        var stranger = await call.AnswerAsync("1005");

        Assert.Equal("NotRinging", tooEarly.Error);
        Assert.True(answered.IsOk, answered.Message);
        Assert.Equal(("NOTIFY", "b1", "n2", 2), (notify.Method, notify.LegId, notify.NodeId, notify.CSeq));
        Assert.Equal("talk", notify.Headers!["Event"]);
        Assert.EndsWith(";tag=callee-tag", notify.To, StringComparison.Ordinal);
        Assert.Equal("NotAParty", stranger.Error);
    }
}
