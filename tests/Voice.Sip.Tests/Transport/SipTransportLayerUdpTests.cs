using System.Net;
using Voice.Sip.Message;
using Voice.Sip.Tests.Support;
using Voice.Sip.Transport;

namespace Voice.Sip.Tests.Transport;

public class SipTransportLayerUdpTests
{
    [Fact]
    public async Task Udp_ValidRequest_ReachesHandlerWithReceivedAndRPortFilled()
    {
        await using var host = await TransportTestHost.StartAsync();
        using var peer = new RawUdpPeer(IPAddress.Loopback);

        await peer.SendAsync(SipTestRequests.Options(), host.Udp4);
        var inbound = await host.NextAsync();

        var top = inbound.Message.TopVia;
        Assert.Equal("127.0.0.1", top.Received);
        Assert.Equal(peer.EndPoint.Port, top.RPort);
        Assert.Equal(SipEndPoint.Udp("127.0.0.1", peer.EndPoint.Port), inbound.Remote);
        Assert.Equal(host.Udp4, inbound.Local.Address);
        Assert.Equal(1, host.Layer.Counters.Parsed);
    }

    [Fact]
    public async Task Udp_SentByHostIsSourceIpWithoutRPort_LeavesViaUntouched()
    {
        await using var host = await TransportTestHost.StartAsync();
        using var peer = new RawUdpPeer(IPAddress.Loopback);

        await peer.SendAsync(SipTestRequests.Options(via: $"SIP/2.0/UDP 127.0.0.1:{peer.EndPoint.Port};branch=z9hG4bK-2"), host.Udp4);
        var inbound = await host.NextAsync();

        Assert.Null(inbound.Message.TopVia.Received);
        Assert.False(inbound.Message.TopVia.HasRPort);
    }

    [Fact]
    public async Task Udp_MalformedRequest_Gets400WithPreciseReason()
    {
        await using var host = await TransportTestHost.StartAsync();
        using var peer = new RawUdpPeer(IPAddress.Loopback);

        await peer.SendAsync(SipTestRequests.Options().Replace("Max-Forwards: 70", "Max-Forwards: seventy", StringComparison.Ordinal), host.Udp4);
        var reply = await peer.ReceiveAsync();

        Assert.StartsWith("SIP/2.0 400 Bad Request - Malformed Max-Forwards\r\n", reply, StringComparison.Ordinal);
        Assert.Contains($"rport={peer.EndPoint.Port}", reply, StringComparison.Ordinal);
        Assert.Equal(1, host.Layer.Counters.RejectsFor(SipError.MalformedMaxForwards));
        Assert.Equal(1, host.Layer.Counters.ErrorResponsesSent);
        Assert.True(host.IsEmpty);
    }

    [Fact]
    public async Task Udp_UnsupportedVersion_Gets505()
    {
        await using var host = await TransportTestHost.StartAsync();
        using var peer = new RawUdpPeer(IPAddress.Loopback);

        await peer.SendAsync(SipTestRequests.Options().Replace("example.com SIP/2.0\r\n", "example.com SIP/3.0\r\n", StringComparison.Ordinal), host.Udp4);
        var reply = await peer.ReceiveAsync();

        Assert.StartsWith("SIP/2.0 505 Version Not Supported\r\n", reply, StringComparison.Ordinal);
        Assert.Equal(1, host.Layer.Counters.RejectsFor(SipError.UnsupportedVersion));
    }

    [Fact]
    public async Task Udp_DatagramLargerThanMaxMessageSize_Gets513()
    {
        var options = TransportTestHost.LoopbackOptions with { ParserOptions = new() { MaxMessageSize = 1500 } };
        await using var host = await TransportTestHost.StartAsync(options);
        using var peer = new RawUdpPeer(IPAddress.Loopback);

        await peer.SendAsync(SipTestRequests.Options(body: new string('x', 3000), extraHeaders: "Content-Type: text/plain\r\n"), host.Udp4);
        var reply = await peer.ReceiveAsync();

        Assert.StartsWith("SIP/2.0 513 Message Too Large\r\n", reply, StringComparison.Ordinal);
        Assert.Equal(1, host.Layer.Counters.RejectsFor(SipError.MessageTooLarge));
    }

    [Fact]
    public async Task Udp_GarbageThenValidRequest_LoopSurvivesAndDeliversTheValidOne()
    {
        await using var host = await TransportTestHost.StartAsync();
        using var peer = new RawUdpPeer(IPAddress.Loopback);

        await peer.SendAsync([0x00, 0xFF, 0x13, 0x37, (byte)'\r', (byte)'\n', 0x80], host.Udp4);
        await peer.SendAsync("\r\n\r\n", host.Udp4);
        await peer.SendAsync(SipTestRequests.Options(callId: "after-garbage"), host.Udp4);
        var inbound = await host.NextAsync();

        Assert.Equal("after-garbage", inbound.Message.CallId);
        Assert.Equal(3, host.Layer.Counters.Received);
        Assert.Equal(2, host.Layer.Counters.Rejected);
        Assert.Equal(2, host.Layer.Counters.Dropped);
    }

    [Fact]
    public async Task Udp_HandlerThrows_LoopKeepsDelivering()
    {
        var second = new TaskCompletionSource<SipInboundMessage>(TaskCreationOptions.RunContinuationsAsynchronously);
        var calls = 0;
        await using var host = await TransportTestHost.StartAsync(handler: message =>
        {
            if (Interlocked.Increment(ref calls) == 1)
            {
                throw new InvalidOperationException("handler bug");
            }

            second.TrySetResult(message);
            return ValueTask.CompletedTask;
        });
        using var peer = new RawUdpPeer(IPAddress.Loopback);

        await peer.SendAsync(SipTestRequests.Options(callId: "first"), host.Udp4);
        await peer.SendAsync(SipTestRequests.Options(callId: "second"), host.Udp4);
        var delivered = await second.Task.WaitAsync(TimeSpan.FromSeconds(5));

        Assert.Equal("second", delivered.Message.CallId);
        Assert.Equal(1, host.Layer.Counters.HandlerFailures);
    }

    [Fact]
    public async Task Udp_Ipv6_RequestAndResponseRoundTrip()
    {
        await using var host = await TransportTestHost.StartAsync();
        using var peer = new RawUdpPeer(IPAddress.IPv6Loopback);

        await peer.SendAsync(SipTestRequests.Options(via: "SIP/2.0/UDP [2001:db8::9]:5070;branch=z9hG4bK-v6;rport"), host.Udp6);
        var inbound = await host.NextAsync();
        var request = Assert.IsType<SipRequest>(inbound.Message);
        await host.Layer.SendAsync(SipResponseFactory.Create(request, 200), inbound.Remote);
        var reply = await peer.ReceiveAsync();

        Assert.Equal("::1", request.TopVia.Received);
        Assert.Equal(peer.EndPoint.Port, request.TopVia.RPort);
        Assert.StartsWith("SIP/2.0 200 OK\r\n", reply, StringComparison.Ordinal);
        Assert.Contains($"rport={peer.EndPoint.Port};received=::1", reply, StringComparison.Ordinal);
    }
}
