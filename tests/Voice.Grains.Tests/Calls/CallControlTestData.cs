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
}
