using System.Text.Json;
using Voice.Grains.Contracts;
using Voice.Grains.Contracts.Calls;
using Voice.Grains.Contracts.Registrar;
using Voice.Grains.Contracts.Tenancy;
using Voice.Grains.Tests.Support;

namespace Voice.Grains.Tests.Calls;

/// <summary>A demo tenant with registered phones, trunk offers, and readers for the actions and events a call produced.</summary>
internal static class CallTestData
{
    public const string Key = "demo:0123456789abcdef";
    public const string OurTag = "0123456789abcdef~demo";
    public const string CallerCallId = "caller-call@192.0.2.9";
    public const string Offer = "v=0\r\no=- 1 1 IN IP4 192.0.2.9\r\ns=-\r\nc=IN IP4 192.0.2.9\r\nt=0 0\r\nm=audio 4000 RTP/AVP 0\r\n";
    public const string HoldOffer = "v=0\r\no=- 1 2 IN IP4 192.0.2.9\r\ns=-\r\nc=IN IP4 192.0.2.9\r\nt=0 0\r\nm=audio 4000 RTP/AVP 0\r\na=sendonly\r\n";
    public const string Answer = "v=0\r\no=- 2 1 IN IP4 192.0.2.20\r\ns=-\r\nc=IN IP4 192.0.2.20\r\nt=0 0\r\nm=audio 5000 RTP/AVP 0\r\n";

    /// <summary>The demo tenant applied, and <paramref name="contacts"/> registered for DN 1002 through node n2.</summary>
    public static async Task SetUpAsync(GrainsHost host, params string[] contacts)
    {
        var applied = await host.Tenant("demo").ApplyAsync(TestConfigs.Demo());
        Assert.True(applied.Applied, string.Join("; ", applied.Errors));
        if (contacts.Length > 0)
        {
            var request = new RegisterRequest(
                [.. contacts.Select(c => new RegisterContact(c, null, null))], 300, "reg-1", 1, "udp:192.0.2.20:5060", Node: "n2");
            Assert.True((await host.Device("demo:1002").RegisterAsync(request)).IsOk);
        }
    }

    /// <summary>A trunk call to 1002 (one contact) answered by it: the call is Established.</summary>
    public static async Task<ICallThreadGrain> EstablishedAsync(GrainsHost host)
    {
        await SetUpAsync(host, "sip:1002@192.0.2.20:5060");
        var call = host.Call(Key);
        await call.OfferAsync(TrunkOffer());
        await call.OnLegResponseAsync(Response("b1", 200, "callee-tag", Answer));
        return call;
    }

    /// <summary>The demo tenant with its trunk carrying outbound calls to <paramref name="target"/>.</summary>
    public static async Task SetUpOutboundAsync(GrainsHost host, string target)
    {
        var demo = TestConfigs.Demo();
        var applied = await host.Tenant("demo").ApplyAsync(demo with { Trunks = [.. demo.Trunks.Select(t => t with { Target = target })] });
        Assert.True(applied.Applied, string.Join("; ", applied.Errors));
    }

    /// <summary>Extension <paramref name="dn"/> (authenticated by the gateway) dialling <paramref name="dialled"/>.</summary>
    public static CallOffer PhoneOffer(string dn, string dialled) => TrunkOffer(dialled) with
    {
        CallerKind = CallerKind.Extension,
        CallerDn = dn,
        TrunkName = null,
        Ani = dn,
    };

    public static CallOffer TrunkOffer(string dialled = "1002", string? body = Offer) => new(
        "demo",
        CallerKind.Trunk,
        null,
        "local",
        dialled,
        "5551234",
        new CallerLeg(
            CallerCallId,
            "caller-tag",
            "<sip:5551234@192.0.2.9>",
            $"<sip:{dialled}@demo.local>",
            "sip:5551234@192.0.2.9:5060",
            [],
            1,
            new SipFlow("n1", "udp:192.0.2.9:5060"),
            "n1/1",
            body,
            body is null ? null : "application/sdp"));

    public static LegResponse Response(string legId, int status, string? toTag = "callee-tag", string? body = null, long cseq = 1, string method = "INVITE") =>
        new(legId, method, cseq, status, "Reason", toTag, "sip:1002@192.0.2.20:5060", [], body, body is null ? null : "application/sdp");

    public static InDialogRequest FromCaller(string method, long cseq, string? body = null, string? handle = null) =>
        new(method, CallerCallId, "caller-tag", OurTag, cseq, handle, new SipFlow("n1", "udp:192.0.2.9:5060"), null, body, body is null ? null : "application/sdp");

    public static InDialogRequest FromCallee(string legId, string method, long cseq, string? body = null, string? handle = null) =>
        new(method, $"{OurTag}.{legId}", "callee-tag", OurTag, cseq, handle, new SipFlow("n2", "udp:192.0.2.20:5060"), null, body, body is null ? null : "application/sdp");

    /// <summary>The call's events in order.</summary>
    public static async Task<IReadOnlyList<CallEvent>> EventsAsync(GrainsHost host)
    {
        var entries = await host.Events.ReadAsync(CallEvent.Stream, 0, 1000);
        return [.. entries.Where(e => e.Key == Key).Select(e => JsonSerializer.Deserialize(e.Payload, GrainsContractsJsonContext.Default.CallEvent)!)];
    }

    public static string Describe(SipAction action) => action switch
    {
        RespondAction r => $"respond {r.Status} on {r.NodeId}",
        SendRequestAction s => $"{s.Method} {s.LegId} via {s.NodeId}",
        CancelAction c => $"CANCEL {c.LegId} via {c.NodeId}",
        _ => action.ToString()!,
    };
}
