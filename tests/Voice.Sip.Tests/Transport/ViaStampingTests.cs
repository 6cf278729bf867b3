using System.Net;
using Voice.Sip.Message;
using Voice.Sip.Parsing;
using Voice.Sip.Tests.Support;
using Voice.Sip.Transport;

namespace Voice.Sip.Tests.Transport;

public class ViaStampingTests
{
    [Fact]
    public void StampSource_SentByIsDomainName_AddsReceived()
    {
        var request = Parse("SIP/2.0/UDP client.example.com:5070;branch=z9hG4bK-1");

        Assert.True(ViaStamping.StampSource(request, new IPEndPoint(IPAddress.Parse("192.0.2.7"), 5070)));

        Assert.Equal("192.0.2.7", request.TopVia.Received);
        Assert.False(request.TopVia.HasRPort);
    }

    [Fact]
    public void StampSource_SentByIsOtherAddress_AddsReceived()
    {
        var request = Parse("SIP/2.0/UDP 10.0.0.1:5070;branch=z9hG4bK-1");

        ViaStamping.StampSource(request, new IPEndPoint(IPAddress.Parse("192.0.2.7"), 5070));

        Assert.Equal("192.0.2.7", request.TopVia.Received);
    }

    [Fact]
    public void StampSource_EmptyRPortAndSameAddress_FillsRPortAndStillAddsReceived()
    {
        var request = Parse("SIP/2.0/UDP 192.0.2.7:5070;branch=z9hG4bK-1;rport");

        ViaStamping.StampSource(request, new IPEndPoint(IPAddress.Parse("192.0.2.7"), 40000));

        Assert.Equal(40000, request.TopVia.RPort);
        Assert.Equal("192.0.2.7", request.TopVia.Received);
    }

    [Fact]
    public void StampSource_RPortAlreadyFilled_IsLeftAlone()
    {
        var request = Parse("SIP/2.0/UDP 192.0.2.7:5070;branch=z9hG4bK-1;rport=1234");

        ViaStamping.StampSource(request, new IPEndPoint(IPAddress.Parse("192.0.2.7"), 40000));

        Assert.Equal(1234, request.TopVia.RPort);
        Assert.Null(request.TopVia.Received);
    }

    [Fact]
    public void StampSource_SeveralViasInOneField_EditsOnlyTheFirst()
    {
        var request = Parse("SIP/2.0/UDP a.example.com;branch=z9hG4bK-1;rport, SIP/2.0/UDP b.example.com;branch=z9hG4bK-0;rport");

        ViaStamping.StampSource(request, new IPEndPoint(IPAddress.Parse("192.0.2.7"), 40000));

        var vias = request.Vias;
        Assert.Equal(2, vias.Count);
        Assert.Equal(40000, vias[0].RPort);
        Assert.Null(vias[1].RPort);
        Assert.Null(vias[1].Received);
    }

    [Fact]
    public void StampSource_Ipv6SentByEqualToSource_AddsNothing()
    {
        var request = Parse("SIP/2.0/UDP [2001:db8::1]:5070;branch=z9hG4bK-1");

        ViaStamping.StampSource(request, new IPEndPoint(IPAddress.Parse("2001:db8::1"), 5070));

        Assert.Null(request.TopVia.Received);
    }

    [Fact]
    public void SwitchTransport_ThenRestore_ReturnsTheOriginalVia()
    {
        var request = Parse("SIP/2.0/UDP 127.0.0.1:5070;branch=z9hG4bK-1;rport");

        Assert.True(ViaStamping.SwitchTransport(request, "TCP", 6000, out var original));
        Assert.Equal("SIP/2.0/TCP 127.0.0.1:6000;branch=z9hG4bK-1;rport", request.TopVia.ToString());
        ViaStamping.Restore(request, original);

        Assert.Equal("SIP/2.0/UDP 127.0.0.1:5070;branch=z9hG4bK-1;rport", request.TopVia.ToString());
    }

    private static SipRequest Parse(string via) =>
        (SipRequest)SipMessageParser.Parse(TestMessages.Bytes(SipTestRequests.Options(via: via))).Message!;
}
