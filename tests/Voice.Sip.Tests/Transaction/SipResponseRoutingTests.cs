using Voice.Sip.Transaction;
using Voice.Sip.Transport;
using static Voice.Sip.Tests.Transaction.TransactionMessages;

namespace Voice.Sip.Tests.Transaction;

public class SipResponseRoutingTests
{
    private static readonly SipEndPoint NatSource = SipEndPoint.Udp("203.0.113.7", 61000);

    [Fact]
    public void DestinationFor_UdpWithRport_UsesPacketSourceAddressAndPort()
    {
        var inbound = new SipInboundMessage(Request("INVITE", viaParams: ";rport"), NatSource, TransactionHarness.UdpLocal);

        Assert.Equal(NatSource, SipResponseRouting.DestinationFor(inbound));
    }

    [Fact]
    public void DestinationFor_UdpWithoutRport_UsesSourceAddressAndViaPort()
    {
        var inbound = new SipInboundMessage(Request("INVITE", sentBy: "pc33.atlanta.example.com:5070"), NatSource, TransactionHarness.UdpLocal);

        Assert.Equal(SipEndPoint.Udp("203.0.113.7", 5070), SipResponseRouting.DestinationFor(inbound));
    }

    [Fact]
    public void DestinationFor_UdpWithoutRportOrViaPort_UsesReceivedAndDefaultPort5060()
    {
        var inbound = new SipInboundMessage(
            Request("INVITE", sentBy: "pc33.atlanta.example.com", viaParams: ";received=198.51.100.99"), NatSource, TransactionHarness.UdpLocal);

        Assert.Equal(SipEndPoint.Udp("198.51.100.99", 5060), SipResponseRouting.DestinationFor(inbound));
    }

    [Fact]
    public void DestinationFor_Tcp_UsesTheConnectionTheRequestCameIn()
    {
        var remote = SipEndPoint.Tcp("203.0.113.7", 50123);
        var inbound = new SipInboundMessage(Request("INVITE", transport: "TCP", sentBy: "pc33.atlanta.example.com:5060"), remote, TransactionHarness.UdpLocal);

        Assert.Equal(remote, SipResponseRouting.DestinationFor(inbound));
    }

    [Fact]
    public async Task ServerTransaction_UdpWithRport_SendsResponsesToPacketSource()
    {
        var h = new TransactionHarness();
        await h.ReceiveAsync(Request("OPTIONS", viaParams: ";rport"), NatSource);
        var tx = Assert.Single(h.User.Requests);

        await tx.SendResponseAsync(tx.CreateResponse(200, toTag: "b1"));

        Assert.Equal(NatSource, Assert.Single(h.Sender.Sent).Destination);
    }
}
