using System.Net;
using System.Net.Sockets;
using Voice.Sip.Message;
using Voice.Sip.Parsing;
using Voice.Sip.Tests.Support;
using Voice.Sip.Transport;

namespace Voice.Sip.Tests.Transport;

public class SipTransportLayerSendTests
{
    [Fact]
    public async Task Udp_RequestLargerThanLimit_GoesOverTcpWithTopViaRewritten()
    {
        await using var host = await TransportTestHost.StartAsync();
        using var listener = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        listener.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        listener.Listen(4);
        var port = ((IPEndPoint)listener.LocalEndPoint!).Port;
        var request = LargeRequest(host.Udp4.Port);

        await host.Layer.SendAsync(request, SipEndPoint.Udp("127.0.0.1", port));
        using var server = new RawTcpPeer(await listener.AcceptAsync().WaitAsync(TimeSpan.FromSeconds(5)));
        var received = await server.ReadMessageAsync();

        Assert.Contains($"Via: SIP/2.0/TCP 127.0.0.1:{host.Tcp4.Port};branch=z9hG4bK-big\r\n", received, StringComparison.Ordinal);
        Assert.Equal(1, host.Layer.Counters.SentOverTcpBecauseOfSize);
        Assert.Equal(1, host.Layer.Counters.Sent);
    }

    [Fact]
    public async Task Udp_LargeRequestWhenTcpIsRefused_IsRetriedOverUdpWithOriginalVia()
    {
        await using var host = await TransportTestHost.StartAsync();
        using var peer = new RawUdpPeer(IPAddress.Loopback);
        var request = LargeRequest(host.Udp4.Port);

        // Nothing listens for TCP on the peer's UDP port, so the connect is refused (RFC 3261 §18.1.1 retry).
        await host.Layer.SendAsync(request, new SipEndPoint(SipTransportProtocol.Udp, peer.EndPoint));
        var received = await peer.ReceiveAsync();

        Assert.Contains($"Via: SIP/2.0/UDP 127.0.0.1:{host.Udp4.Port};branch=z9hG4bK-big\r\n", received, StringComparison.Ordinal);
        Assert.Equal(0, host.Layer.Counters.SentOverTcpBecauseOfSize);
    }

    [Fact]
    public async Task Udp_SmallRequest_StaysOnUdp()
    {
        await using var host = await TransportTestHost.StartAsync();
        using var peer = new RawUdpPeer(IPAddress.Loopback);

        await host.Layer.SendAsync(Parse(SipTestRequests.Options()), new SipEndPoint(SipTransportProtocol.Udp, peer.EndPoint));
        var received = await peer.ReceiveAsync();

        Assert.StartsWith("OPTIONS sip:server@example.com SIP/2.0\r\n", received, StringComparison.Ordinal);
        Assert.Equal(0, host.Layer.TcpConnectionCount);
    }

    [Fact]
    public async Task Response_TopViaNotOurs_IsDroppedWhileOursIsDelivered()
    {
        var options = TransportTestHost.LoopbackOptions with { ValidateResponseSentBy = true };
        await using var host = await TransportTestHost.StartAsync(options);
        using var peer = new RawUdpPeer(IPAddress.Loopback);

        await peer.SendAsync(SipTestRequests.Ok("SIP/2.0/UDP elsewhere.example.com:5060;branch=z9hG4bK-x", callId: "foreign"), host.Udp4);
        await peer.SendAsync(SipTestRequests.Ok($"SIP/2.0/UDP 127.0.0.1:{host.Udp4.Port};branch=z9hG4bK-y", callId: "ours"), host.Udp4);
        var inbound = await host.NextAsync();

        Assert.Equal("ours", inbound.Message.CallId);
        Assert.IsType<SipResponse>(inbound.Message);
        Assert.Equal(1, host.Layer.Counters.Dropped);
    }

    [Fact]
    public async Task Response_SentByCheckDisabled_ForeignResponseIsDelivered()
    {
        var options = TransportTestHost.LoopbackOptions with { ValidateResponseSentBy = false };
        await using var host = await TransportTestHost.StartAsync(options);
        using var peer = new RawUdpPeer(IPAddress.Loopback);

        await peer.SendAsync(SipTestRequests.Ok("SIP/2.0/UDP elsewhere.example.com:5060;branch=z9hG4bK-x", callId: "foreign"), host.Udp4);
        var inbound = await host.NextAsync();

        Assert.Equal("foreign", inbound.Message.CallId);
    }

    [Fact]
    public async Task Send_TlsDestination_FailsAndIsCounted()
    {
        await using var host = await TransportTestHost.StartAsync();

        await Assert.ThrowsAsync<NotSupportedException>(async () =>
            await host.Layer.SendAsync(Parse(SipTestRequests.Options()), new SipEndPoint(SipTransportProtocol.Tls, new IPEndPoint(IPAddress.Loopback, 5061))));

        Assert.Equal(1, host.Layer.Counters.SendFailures);
    }

    private static SipRequest LargeRequest(int viaPort) =>
        Parse(SipTestRequests.Options(
            via: $"SIP/2.0/UDP 127.0.0.1:{viaPort};branch=z9hG4bK-big",
            body: new string('a', 2000),
            extraHeaders: "Content-Type: text/plain\r\n"));

    private static SipRequest Parse(string text) =>
        (SipRequest)SipMessageParser.Parse(TestMessages.Bytes(text)).Message!;
}
