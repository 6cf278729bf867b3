using Microsoft.Extensions.DependencyInjection;
using Voice.Grains.Contracts.Calls;
using Voice.Grains.Contracts.Media;
using Voice.Grains.Tests.Support;
using static Voice.Grains.Tests.Calls.CallControlTestData;
using static Voice.Grains.Tests.Calls.CallTestData;

namespace Voice.Grains.Tests.Calls;

/// <summary>Two-step conference: every member's media moved to the mixer one re-INVITE at a time; parties removed.</summary>
public sealed class CallThreadConferenceTests
{
    private readonly RecordingMixer _mixer = new();

    [Fact]
    public async Task Complete_MovesEveryMembersMediaToTheMixer_ThenPublishesPartyAdded()
    {
        await using var host = Host();
        var call = await ConsultingAsync(host, conference: true);

        var completed = await call.CompleteConsultationAsync("1002");
        var (acks, _) = await JoinAllAsync(host, call, "a", "b1", "b2");

        Assert.True(completed.IsOk, completed.Message);
        Assert.Equal(["join 0123456789abcdef a", "join 0123456789abcdef b1", "join 0123456789abcdef b2"], _mixer.Calls);
        Assert.Equal([RecordingMixer.AnswerFor("a"), RecordingMixer.AnswerFor("b1"), RecordingMixer.AnswerFor("b2")], acks.Select(a => a.Body));
        Assert.Equal(["EventPartyAdded 1002", "EventPartyAdded 1003"], await EventsFromAsync(host, 7));
        var snapshot = await call.GetAsync();
        Assert.Equal("conference", snapshot.Consultation);
        Assert.Equal(["5551234", "1002", "1003"], snapshot.Parties.Select(p => p.Dn));
        Assert.All(snapshot.Parties, p => Assert.Equal(("ConferenceMember", "Connected"), (p.Role, p.State)));
        Assert.Equal("InConference", (await call.HoldAsync("1002")).Error);
    }

    [Fact]
    public async Task RemoveParty_ThenAHangUp_EndsTheConferenceAndClosesTheRoom()
    {
        await using var host = Host();
        var call = await ConsultingAsync(host, conference: true);
        await call.CompleteConsultationAsync("1002");
        await JoinAllAsync(host, call, "a", "b1", "b2");

        var stranger = await call.RemovePartyAsync("1005", "1003");
        var removed = await call.RemovePartyAsync("1002", "1003");
        var afterRemove = host.Signalling.Take();
        var bye = await call.OnInDialogRequestAsync(FromCaller("BYE", 2));

        Assert.Equal("NotAParty", stranger.Error);
        Assert.True(removed.IsOk, removed.Message);
        Assert.Equal(["BYE b2 via n3"], afterRemove.Select(Describe));
        Assert.Equal(200, bye.Status);
        Assert.Equal(["BYE b1 via n2"], host.Signalling.Take().Select(Describe));
        Assert.Equal(["leave 0123456789abcdef b2", "leave 0123456789abcdef a", "close 0123456789abcdef"], _mixer.Calls.Skip(3));
        Assert.Equal(
            ["EventReleased 1003", "EventPartyDeleted 1002", "EventPartyDeleted 1002", "EventReleased 1002"],
            await EventsFromAsync(host, 9));
        Assert.Equal(CallPhase.Released, (await call.GetAsync()).Phase);
    }

    [Fact]
    public async Task AMemberTheMixerRefuses_LeavesWithAnInactiveAnswer_TheOthersStay()
    {
        _mixer.Refuse.Add("b2");
        await using var host = Host();
        var call = await ConsultingAsync(host, conference: true);
        await call.CompleteConsultationAsync("1002");

        var (acks, last) = await JoinAllAsync(host, call, "a", "b1", "b2");

        Assert.Contains("a=inactive", acks[^1].Body, StringComparison.Ordinal);
        Assert.Contains(last, a => a is SendRequestAction { Method: "BYE", LegId: "b2" });
        Assert.Equal(["5551234", "1002"], (await call.GetAsync()).Parties.Where(p => p.State == "Connected").Select(p => p.Dn));
    }

    [Fact]
    public async Task WithoutAMixer_CompletingAConferenceIsRefused()
    {
        await using var host = new GrainsHost();
        var call = await ConsultingAsync(host, conference: true);

        var completed = await call.CompleteConsultationAsync("1002");

        Assert.Equal("NoMixer", completed.Error);
        Assert.Empty(host.Signalling.Take());
    }

    private GrainsHost Host() => new(configure: services => services.AddSingleton<IConferenceMixer>(_mixer));

    /// <summary>
    /// Answers each member's offerless re-INVITE (in order) with an offer; returns the ACKs that carried the mixer's
    /// answers, and everything else the last answer caused.
    /// </summary>
    private static async Task<(List<SendRequestAction> Acks, IReadOnlyList<SipAction> Last)> JoinAllAsync(GrainsHost host, ICallThreadGrain call, params string[] legs)
    {
        var acks = new List<SendRequestAction>();
        var pending = host.Signalling.Take();
        foreach (var leg in legs)
        {
            var ask = Sent(pending, "INVITE", leg);
            Assert.Null(ask.Body);
            await call.OnLegResponseAsync(Response(leg, 200, leg == "a" ? "caller-tag" : leg == "b1" ? "callee-tag" : "t-tag", Offer, cseq: ask.CSeq));
            pending = host.Signalling.Take();
            acks.Add(Sent(pending, "ACK", leg));
        }

        return (acks, pending);
    }
}
