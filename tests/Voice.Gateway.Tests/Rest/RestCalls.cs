using Voice.Grains.Contracts.Calls;
using Voice.Grains.Contracts.Registrar;
using Voice.Grains.Contracts.Tenancy;
using Voice.Runtime;

namespace Voice.Gateway.Tests.Rest;

/// <summary>Calls of tenant acme made straight on the grains (no SIP stack here): extension 2001 dials 2002.</summary>
public static class RestCalls
{
    private const string Sdp = "v=0\r\no=- 1 1 IN IP4 192.0.2.9\r\ns=-\r\nc=IN IP4 192.0.2.9\r\nt=0 0\r\nm=audio 4000 RTP/AVP 0\r\n";

    /// <summary>Registers a phone for <paramref name="dn"/> of tenant acme.</summary>
    public static async Task RegisterAsync(IGrainFactory grains, string dn)
    {
        var registered = await grains.GetGrain<IDeviceGrain>($"acme:{dn}").RegisterAsync(new RegisterRequest(
            [new RegisterContact($"sip:{dn}@192.0.2.20:5060")], 300, $"reg-{dn}-{CallThreadKey.NewId()}", 1, "udp:192.0.2.20:5060", Node: "rest-test"));
        Assert.True(registered.IsOk, registered.ToString());
    }

    /// <summary>A new call from 2001 ringing 2002 (registered for it); returns the call id.</summary>
    public static async Task<string> RingingAsync(IGrainFactory grains)
    {
        var id = CallThreadKey.NewId();
        var registered = await grains.GetGrain<IDeviceGrain>("acme:2002").RegisterAsync(new RegisterRequest(
            [new RegisterContact("sip:2002@192.0.2.20:5060")], 300, $"reg-{id}", 1, "udp:192.0.2.20:5060", Node: "rest-test"));
        Assert.True(registered.IsOk, registered.ToString());
        var offer = new CallOffer(
            "acme",
            CallerKind.Extension,
            "2001",
            null,
            "2002",
            "2001",
            new CallerLeg($"{id}@192.0.2.9", "caller-tag", "<sip:2001@acme.test>", "<sip:2002@acme.test>", "sip:2001@192.0.2.9:5060", [], 1,
                new SipFlow("rest-test", "udp:192.0.2.9:5060"), "rest-test/1", Sdp, "application/sdp"));
        var result = await grains.GetGrain<ICallThreadGrain>(CallThreadKey.For("acme", id)).OfferAsync(offer);
        Assert.True(result.IsProceeding, $"offer refused: {result.Status}");
        return id;
    }

    /// <summary>A call from 2001 answered by 2002: Established.</summary>
    public static async Task<string> EstablishedAsync(IGrainFactory grains)
    {
        var id = await RingingAsync(grains);
        var call = grains.GetGrain<ICallThreadGrain>(CallThreadKey.For("acme", id));
        await call.OnLegResponseAsync(new LegResponse("b1", "INVITE", 1, 200, "OK", "callee-tag", "sip:2002@192.0.2.20:5060", [], Sdp, "application/sdp"));
        Assert.Equal(CallPhase.Established, (await call.GetAsync()).Phase);
        return id;
    }
}
