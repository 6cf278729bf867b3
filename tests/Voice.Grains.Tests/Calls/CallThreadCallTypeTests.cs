using Voice.Grains.Contracts.Calls;
using Voice.Grains.Tests.Support;
using static Voice.Grains.Tests.Calls.CallTestData;

namespace Voice.Grains.Tests.Calls;

/// <summary>Which parties get which events, by call type: internal (phone to phone) and outbound (phone to a trunk).</summary>
public sealed class CallThreadCallTypeTests
{
    [Fact]
    public async Task InternalCall_BothDnsGetTheirEvents()
    {
        await using var host = new GrainsHost();
        await SetUpAsync(host, "sip:1002@192.0.2.20:5060");
        var call = host.Call(Key);

        await call.OfferAsync(PhoneOffer("1001", "1002"));
        await call.OnLegResponseAsync(Response("b1", 180));
        await call.OnLegResponseAsync(Response("b1", 200, "callee-tag", Answer));
        await call.OnInDialogRequestAsync(FromCallee("b1", "BYE", 1));

        var events = await EventsAsync(host);
        Assert.Equal(
            [
                (CallEventIds.Dialing, "1001", "1002"), (CallEventIds.Ringing, "1002", "1001"),
                (CallEventIds.Established, "1002", "1001"), (CallEventIds.Established, "1001", "1002"),
                (CallEventIds.Released, "1002", "1001"), (CallEventIds.Released, "1001", "1002"),
            ],
            events.Select(e => (e.Id, e.ThisDn, e.OtherDn!)));
        Assert.All(events, e => Assert.Equal("Internal", e.CallType));
        Assert.Equal([1L, 2L, 3L, 4L, 5L, 6L], events.Select(e => e.Seq));
    }

    [Fact]
    public async Task OutboundCall_GoesToTheTrunkTarget_AndTheCallerSeesNetworkReached()
    {
        await using var host = new GrainsHost();
        await SetUpOutboundAsync(host, "127.0.0.1:5090");
        var call = host.Call(Key);

        var result = await call.OfferAsync(PhoneOffer("1001", "05551234"));
        var invite = Assert.IsType<SendRequestAction>(Assert.Single(host.Signalling.Take()));
        await call.OnLegResponseAsync(Response("b1", 183, "carrier-tag", Answer));
        await call.OnLegResponseAsync(Response("b1", 200, "carrier-tag", Answer));

        Assert.True(result.IsProceeding);
        Assert.Equal(("sip:5551234@127.0.0.1:5090", "udp:127.0.0.1:5090", "n1"), (invite.RequestUri, invite.Destination, invite.NodeId));
        var events = await EventsAsync(host);
        Assert.Equal(
            [(CallEventIds.Dialing, "1001", "5551234"), (CallEventIds.NetworkReached, "1001", "5551234"), (CallEventIds.Established, "1001", "5551234")],
            events.Select(e => (e.Id, e.ThisDn, e.OtherDn!)));
        Assert.All(events, e => Assert.Equal("Outbound", e.CallType));
    }

    [Fact]
    public async Task OutboundCall_Busy_IsReportedOnTheCaller()
    {
        await using var host = new GrainsHost();
        await SetUpOutboundAsync(host, "tcp:127.0.0.1:5090");
        var call = host.Call(Key);

        await call.OfferAsync(PhoneOffer("1001", "05551234"));
        Assert.Equal("sip:5551234@127.0.0.1:5090;transport=tcp", ((SendRequestAction)Assert.Single(host.Signalling.Take())).RequestUri);
        await call.OnLegResponseAsync(Response("b1", 486));

        Assert.Equal(
            [(CallEventIds.Dialing, "1001"), (CallEventIds.DestinationBusy, "1001"), (CallEventIds.Released, "1001")],
            (await EventsAsync(host)).Select(e => (e.Id, e.ThisDn)));
    }

    [Fact]
    public async Task ExternalNumber_WithoutAnOutboundTrunk_Gets480NoRoute()
    {
        await using var host = new GrainsHost();
        await SetUpAsync(host);

        var result = await host.Call(Key).OfferAsync(PhoneOffer("1001", "05551234"));

        Assert.Equal(480, result.Status);
        var released = Assert.Single(await EventsAsync(host));
        Assert.Equal(("1001", "NoRoute"), (released.ThisDn, released.Reasons!["Cause"]));
    }

    [Fact]
    public async Task TrunkCallingAnExternalNumber_IsForbidden()
    {
        await using var host = new GrainsHost();
        await SetUpOutboundAsync(host, "127.0.0.1:5090");

        var result = await host.Call(Key).OfferAsync(TrunkOffer("05551234"));

        Assert.Equal(403, result.Status);
        Assert.Empty(host.Signalling.Actions);
    }
}
