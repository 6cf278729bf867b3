using Voice.Grains.Contracts.Calls;
using Voice.Grains.Contracts.Registrar;
using Voice.Grains.Tests.Support;
using static Voice.Grains.Tests.Calls.CallTestData;

namespace Voice.Grains.Tests.Calls;

/// <summary>Set-ups for transfers, consultations and make call: a second phone, and responses carrying offers.</summary>
internal static class CallControlTestData
{
    /// <summary>The SDP offer a phone puts in its 2xx to an INVITE without SDP.</summary>
    public const string PhoneSdp = "v=0\r\no=- 7 1 IN IP4 192.0.2.30\r\ns=-\r\nc=IN IP4 192.0.2.30\r\nt=0 0\r\nm=audio 6000 RTP/AVP 0\r\n";

    /// <summary>Registers <paramref name="dn"/> at <c>sip:{dn}@192.0.2.30:5060</c> through node n3.</summary>
    public static async Task RegisterAsync(GrainsHost host, string dn)
    {
        var request = new RegisterRequest([new RegisterContact($"sip:{dn}@192.0.2.30:5060", null, null)], 300, $"reg-{dn}", 1, "udp:192.0.2.30:5060", Node: "n3");
        Assert.True((await host.Device($"demo:{dn}").RegisterAsync(request)).IsOk);
    }

    /// <summary>The requests among <paramref name="actions"/>, in order.</summary>
    public static List<SendRequestAction> Requests(IEnumerable<SipAction> actions) => [.. actions.OfType<SendRequestAction>()];

    /// <summary>The request with <paramref name="method"/> on <paramref name="legId"/>.</summary>
    public static SendRequestAction Sent(IEnumerable<SipAction> actions, string method, string legId) =>
        Requests(actions).Single(r => r.Method == method && r.LegId == legId);

    /// <summary>Ids and DNs of the call's events from index <paramref name="from"/> on.</summary>
    public static async Task<List<string>> EventsFromAsync(GrainsHost host, int from) =>
        [.. (await EventsAsync(host)).Skip(from).Select(e => $"{e.Id} {e.ThisDn}")];

    /// <summary>
    /// A trunk call answered by 1002, which consults 1003 (a two-step transfer, or a conference when
    /// <paramref name="conference"/>) until 1003 answers: the caller is held, 1003 talks with 1002.
    /// </summary>
    public static async Task<ICallThreadGrain> ConsultingAsync(GrainsHost host, bool conference = false)
    {
        var call = await EstablishedAsync(host);
        await RegisterAsync(host, "1003");
        host.Signalling.Take();

        var consult = conference ? await call.ConferenceAsync("1002", "1003") : await call.TransferAsync("1002", "1003", TransferMode.TwoStep);
        Assert.True(consult.IsOk, consult.Message);
        var started = host.Signalling.Take();
        Assert.Equal(["INVITE a via n1", "INVITE b2 via n3"], started.Select(Describe));
        Assert.Contains("a=sendonly", Sent(started, "INVITE", "a").Body, StringComparison.Ordinal);
        await call.OnLegResponseAsync(Response("a", 200, "caller-tag", Offer, cseq: Sent(started, "INVITE", "a").CSeq));
        await call.OnLegResponseAsync(Response("b2", 180, "t-tag"));
        await call.OnLegResponseAsync(Response("b2", 200, "t-tag", PhoneSdp));
        var offer = Sent(host.Signalling.Take(), "INVITE", "b1");
        Assert.Equal(PhoneSdp, offer.Body);
        await call.OnLegResponseAsync(Response("b1", 200, "callee-tag", Answer, cseq: offer.CSeq));
        var acks = host.Signalling.Take();
        Assert.Equal(Answer, Sent(acks, "ACK", "b2").Body);
        return call;
    }
}
