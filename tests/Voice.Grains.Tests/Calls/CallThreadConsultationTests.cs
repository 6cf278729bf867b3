using Voice.Grains.Contracts.Calls;
using Voice.Grains.Tests.Support;
using static Voice.Grains.Tests.Calls.CallControlTestData;
using static Voice.Grains.Tests.Calls.CallTestData;

namespace Voice.Grains.Tests.Calls;

/// <summary>Two-step transfer: hold, consult on the consulting party's own dialog, then complete or cancel.</summary>
public sealed class CallThreadConsultationTests
{
    [Fact]
    public async Task Consult_HoldsTheCallerAndConnectsTheDestinationWithTheAgentsPhone()
    {
        await using var host = new GrainsHost();
        var call = await ConsultingAsync(host);

        var events = await EventsFromAsync(host, 2);
        Assert.Equal(
            ["EventDialing 1002", "EventHeld 1002", "EventRinging 1003", "EventEstablished 1003", "EventEstablished 1002"],
            events);
        var snapshot = await call.GetAsync();
        Assert.Equal("1002", snapshot.Callee); // the consultation has not changed the call's parties yet
        Assert.Equal("ConsultationInProgress", (await call.HoldAsync("1002")).Error);
    }

    [Fact]
    public async Task Complete_TheAgentLeavesAndTheDestinationIsJoinedWithTheHeldCaller()
    {
        await using var host = new GrainsHost();
        var call = await ConsultingAsync(host);

        var completed = await call.CompleteConsultationAsync("1002");
        var started = host.Signalling.Take();
        var askOffer = Sent(started, "INVITE", "b2");
        await call.OnLegResponseAsync(Response("b2", 200, "t-tag", PhoneSdp, cseq: askOffer.CSeq));
        var offer = Sent(host.Signalling.Take(), "INVITE", "a");
        await call.OnLegResponseAsync(Response("a", 200, "caller-tag", Offer, cseq: offer.CSeq));
        var acks = host.Signalling.Take();

        Assert.True(completed.IsOk, completed.Message);
        Assert.Equal(["BYE b1 via n2", "INVITE b2 via n3"], started.Select(Describe));
        Assert.Null(askOffer.Body);
        Assert.Equal(PhoneSdp, offer.Body);
        Assert.Equal(["ACK a via n1", "ACK b2 via n3"], acks.Select(Describe));
        Assert.Equal(Offer, Sent(acks, "ACK", "b2").Body);
        Assert.Equal(["EventReleased 1002", "EventPartyChanged 1003"], await EventsFromAsync(host, 7));
        var snapshot = await call.GetAsync();
        Assert.Equal(("1003", false), (snapshot.Callee, snapshot.Held));
    }

    [Fact]
    public async Task Cancel_DropsTheDestinationAndReconnectsTheAgentWithTheCaller()
    {
        await using var host = new GrainsHost();
        var call = await ConsultingAsync(host);

        var cancelled = await call.CancelConsultationAsync("1002");
        var started = host.Signalling.Take();
        var askOffer = Sent(started, "INVITE", "a");
        await call.OnLegResponseAsync(Response("a", 200, "caller-tag", Offer, cseq: askOffer.CSeq));
        var offer = Sent(host.Signalling.Take(), "INVITE", "b1");
        await call.OnLegResponseAsync(Response("b1", 200, "callee-tag", Answer, cseq: offer.CSeq));
        var acks = host.Signalling.Take();

        Assert.True(cancelled.IsOk, cancelled.Message);
        Assert.Equal(["BYE b2 via n3", "INVITE a via n1"], started.Select(Describe));
        Assert.Equal(Offer, offer.Body);
        Assert.Equal(["ACK b1 via n2", "ACK a via n1"], acks.Select(Describe));
        Assert.Equal(Answer, Sent(acks, "ACK", "a").Body);
        Assert.Equal(["EventReleased 1003", "EventRetrieved 1002"], await EventsFromAsync(host, 7));
        var snapshot = await call.GetAsync();
        Assert.Equal(("1002", false), (snapshot.Callee, snapshot.Held));
        Assert.Equal("NoConsultation", (await call.CompleteConsultationAsync("1002")).Error);
    }

    [Fact]
    public async Task TheAgentHangsUpDuringTheConsultation_TransfersTheCaller()
    {
        await using var host = new GrainsHost();
        var call = await ConsultingAsync(host);

        var bye = await call.OnInDialogRequestAsync(FromCallee("b1", "BYE", 2));
        var askOffer = Sent(host.Signalling.Take(), "INVITE", "b2");

        Assert.Equal(200, bye.Status);
        Assert.Null(askOffer.Body);
        Assert.Equal(["EventReleased 1002"], await EventsFromAsync(host, 7));
        Assert.Equal("1003", (await call.GetAsync()).Callee);
    }

    [Fact]
    public async Task Refusals_ChangeNothing()
    {
        await using var host = new GrainsHost();
        var call = await EstablishedAsync(host);
        await RegisterAsync(host, "1003");
        host.Signalling.Take();

        var noConsultation = await call.CompleteConsultationAsync("1002");
        var noCancel = await call.CancelConsultationAsync("1002");
        await call.TransferAsync("1002", "1003", TransferMode.TwoStep);
        host.Signalling.Take();
        var notAnswered = await call.CompleteConsultationAsync("1002");
        var notTheConsulter = await call.CancelConsultationAsync("1003");

        Assert.Equal(
            ("NoConsultation", "NoConsultation", "NotConnected", "NoConsultation"),
            (noConsultation.Error, noCancel.Error, notAnswered.Error, notTheConsulter.Error));
        Assert.Empty(host.Signalling.Take());
    }
}
