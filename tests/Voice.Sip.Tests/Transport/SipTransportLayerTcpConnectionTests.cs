using System.Net;
using System.Net.Sockets;
using Voice.Sip.Message;
using Voice.Sip.Parsing;
using Voice.Sip.Tests.Support;
using Voice.Sip.Transport;

using Voice.Testing;

namespace Voice.Sip.Tests.Transport;

public class SipTransportLayerTcpConnectionTests
{
    private const string TcpVia = "SIP/2.0/TCP client.example.com;branch=z9hG4bK-tcp-2;rport";

    [Fact]
    public async Task Tcp_ResponseAndLaterRequest_ReuseTheInboundConnection()
    {
        await using var host = await TransportTestHost.StartAsync();
        using var client = await RawTcpPeer.ConnectAsync(host.Tcp4);

        await client.SendAsync(SipTestRequests.Options(via: TcpVia));
        var inbound = await host.NextAsync();
        await host.Layer.SendAsync(SipResponseFactory.Create((SipRequest)inbound.Message, 200), inbound.Remote);
        var response = await client.ReadMessageAsync();
        await host.Layer.SendAsync(Parse(SipTestRequests.Options(callId: "server-initiated")), inbound.Remote);
        var request = await client.ReadMessageAsync();

        Assert.StartsWith("SIP/2.0 200 OK\r\n", response, StringComparison.Ordinal);
        Assert.Contains("Call-ID: server-initiated", request, StringComparison.Ordinal);
        Assert.Equal(1, host.Layer.TcpConnectionCount);
        Assert.Equal(1, host.Layer.Counters.TcpConnectionsAccepted);
        Assert.Equal(0, host.Layer.Counters.TcpConnectionsOpened);
    }

    [Fact]
    public async Task Tcp_TwoSendsToOneAddress_ShareOneOutboundConnection()
    {
        await using var host = await TransportTestHost.StartAsync();
        using var listener = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        listener.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        listener.Listen(4);
        var destination = new SipEndPoint(SipTransportProtocol.Tcp, (IPEndPoint)listener.LocalEndPoint!);

        await host.Layer.SendAsync(Parse(SipTestRequests.Options(callId: "first")), destination);
        await host.Layer.SendAsync(Parse(SipTestRequests.Options(callId: "second")), destination);
        using var server = new RawTcpPeer(await listener.AcceptAsync().WaitAsync(TimeSpan.FromSeconds(5)));
        var first = await server.ReadMessageAsync();
        var second = await server.ReadMessageAsync();

        Assert.Contains("Call-ID: first", first, StringComparison.Ordinal);
        Assert.Contains("Call-ID: second", second, StringComparison.Ordinal);
        Assert.Equal(1, host.Layer.Counters.TcpConnectionsOpened);
        Assert.Equal(1, host.Layer.TcpConnectionCount);
    }

    [Fact]
    public async Task Tcp_MessageWithoutContentLength_IsSentWithOne()
    {
        await using var host = await TransportTestHost.StartAsync();
        using var listener = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        listener.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        listener.Listen(4);
        var request = Parse(SipTestRequests.Options(contentLength: false));

        await host.Layer.SendAsync(request, new SipEndPoint(SipTransportProtocol.Tcp, (IPEndPoint)listener.LocalEndPoint!));
        using var server = new RawTcpPeer(await listener.AcceptAsync().WaitAsync(TimeSpan.FromSeconds(5)));
        var received = await server.ReadMessageAsync();

        Assert.Contains("Content-Length: 0\r\n", received, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Tcp_Ipv6_RequestAndResponseRoundTrip()
    {
        await using var host = await TransportTestHost.StartAsync();
        using var client = await RawTcpPeer.ConnectAsync(host.Tcp6);

        await client.SendAsync(SipTestRequests.Options(via: "SIP/2.0/TCP [::1];branch=z9hG4bK-tcp6"));
        var inbound = await host.NextAsync();
        await host.Layer.SendAsync(SipResponseFactory.Create((SipRequest)inbound.Message, 200), inbound.Remote);
        var response = await client.ReadMessageAsync();

        Assert.Equal(SipTransportProtocol.Tcp, inbound.Remote.Protocol);
        Assert.Equal(IPAddress.IPv6Loopback, inbound.Remote.Address.Address);
        Assert.Null(inbound.Message.TopVia.Received);
        Assert.StartsWith("SIP/2.0 200 OK\r\n", response, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Tcp_IdleConnection_IsClosedAfterTheTimeout()
    {
        var time = new ManualTimeProvider();
        var options = TransportTestHost.LoopbackOptions with { TcpIdleTimeout = TimeSpan.FromMinutes(2) };
        await using var host = await TransportTestHost.StartAsync(options, time);
        using var client = await RawTcpPeer.ConnectAsync(host.Tcp4);
        await client.SendAsync(SipTestRequests.Options(via: TcpVia));
        await host.NextAsync();

        time.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(1, host.Layer.TcpConnectionCount);
        time.Advance(TimeSpan.FromMinutes(1) + TimeSpan.FromSeconds(1));

        Assert.True(await client.WaitForCloseAsync());
        Assert.Equal(0, host.Layer.TcpConnectionCount);
        Assert.Equal(1, host.Layer.Counters.TcpConnectionsClosed);
    }

    private static SipRequest Parse(string text) =>
        (SipRequest)SipMessageParser.Parse(TestMessages.Bytes(text)).Message!;
}
