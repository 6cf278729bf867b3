using Voice.Sip.Message;
using Voice.Sip.Tests.Support;

namespace Voice.Sip.Tests.Transport;

public class SipTransportLayerTcpFramingTests
{
    private const string TcpVia = "SIP/2.0/TCP client.example.com;branch=z9hG4bK-tcp-1;rport";

    [Fact]
    public async Task Tcp_MessageSplitAcrossThreeWrites_IsReassembled()
    {
        await using var host = await TransportTestHost.StartAsync();
        using var client = await RawTcpPeer.ConnectAsync(host.Tcp4);
        var text = SipTestRequests.Options(via: TcpVia, body: "hello body", extraHeaders: "Content-Type: text/plain\r\n");
        var third = text.Length / 3;

        await client.SendAsync(text[..third]);
        await client.SendAsync(text[third..(2 * third)]);
        await client.SendAsync(text[(2 * third)..]);
        var inbound = await host.NextAsync();

        Assert.Equal("hello body", System.Text.Encoding.UTF8.GetString(inbound.Message.Body.Span));
        Assert.Equal(client.LocalEndPoint.Port, inbound.Remote.Address.Port);
        Assert.Equal(client.LocalEndPoint.Port, inbound.Message.TopVia.RPort);
        Assert.Equal(1, host.Layer.Counters.Received);
    }

    [Fact]
    public async Task Tcp_ThreeMessagesPipelinedInOneWrite_AllDeliveredInOrder()
    {
        await using var host = await TransportTestHost.StartAsync();
        using var client = await RawTcpPeer.ConnectAsync(host.Tcp4);

        await client.SendAsync(
            SipTestRequests.Options(via: TcpVia, callId: "one", body: "1") +
            SipTestRequests.Options(via: TcpVia, callId: "two") +
            SipTestRequests.Options(via: TcpVia, callId: "three", body: "333"));

        Assert.Equal("one", (await host.NextAsync()).Message.CallId);
        Assert.Equal("two", (await host.NextAsync()).Message.CallId);
        var last = await host.NextAsync();
        Assert.Equal("three", last.Message.CallId);
        Assert.Equal("333", System.Text.Encoding.UTF8.GetString(last.Message.Body.Span));
    }

    [Fact]
    public async Task Tcp_DoubleCrlfPing_IsAnsweredWithSingleCrlfPong()
    {
        await using var host = await TransportTestHost.StartAsync();
        using var client = await RawTcpPeer.ConnectAsync(host.Tcp4);

        await client.SendAsync("\r\n\r\n");
        var pong = await client.ReadExactlyAsync(2);

        Assert.Equal("\r\n", pong);
        Assert.Equal(1, host.Layer.Counters.KeepAlivePings);
    }

    [Fact]
    public async Task Tcp_PongBeforeRequest_IsIgnoredAndRequestDelivered()
    {
        await using var host = await TransportTestHost.StartAsync();
        using var client = await RawTcpPeer.ConnectAsync(host.Tcp4);

        await client.SendAsync("\r\n" + SipTestRequests.Options(via: TcpVia, callId: "after-pong"));
        var inbound = await host.NextAsync();

        Assert.Equal("after-pong", inbound.Message.CallId);
        Assert.Equal(0, host.Layer.Counters.KeepAlivePings);
        Assert.Equal(0, host.Layer.Counters.Rejected);
    }

    [Fact]
    public async Task Tcp_RequestWithoutContentLength_Gets400AndConnectionIsClosed()
    {
        await using var host = await TransportTestHost.StartAsync();
        using var client = await RawTcpPeer.ConnectAsync(host.Tcp4);

        await client.SendAsync(SipTestRequests.Options(via: TcpVia, contentLength: false));
        var reply = await client.ReadMessageAsync();

        Assert.StartsWith("SIP/2.0 400 Bad Request - Missing Content-Length On Stream Transport\r\n", reply, StringComparison.Ordinal);
        Assert.True(await client.WaitForCloseAsync());
        Assert.Equal(1, host.Layer.Counters.RejectsFor(SipError.MissingContentLength));
        Assert.True(host.IsEmpty);
    }

    [Fact]
    public async Task Tcp_UnsupportedVersion_Gets505OnTheSameConnectionWhichStaysOpen()
    {
        await using var host = await TransportTestHost.StartAsync();
        using var client = await RawTcpPeer.ConnectAsync(host.Tcp4);

        await client.SendAsync(SipTestRequests.Options(via: TcpVia).Replace("example.com SIP/2.0\r\n", "example.com SIP/3.0\r\n", StringComparison.Ordinal));
        var reply = await client.ReadMessageAsync();
        await client.SendAsync(SipTestRequests.Options(via: TcpVia, callId: "still-open"));
        var inbound = await host.NextAsync();

        Assert.StartsWith("SIP/2.0 505 Version Not Supported\r\n", reply, StringComparison.Ordinal);
        Assert.Equal("still-open", inbound.Message.CallId);
    }

    [Fact]
    public async Task Tcp_ContentLengthBeyondMaxMessageSize_Gets513AndConnectionIsClosed()
    {
        var options = TransportTestHost.LoopbackOptions with { ParserOptions = new() { MaxMessageSize = 1500 } };
        await using var host = await TransportTestHost.StartAsync(options);
        using var client = await RawTcpPeer.ConnectAsync(host.Tcp4);

        await client.SendAsync(SipTestRequests.Options(via: TcpVia, contentLength: false, extraHeaders: "Content-Length: 3000\r\n"));
        var reply = await client.ReadMessageAsync();

        Assert.StartsWith("SIP/2.0 513 Message Too Large\r\n", reply, StringComparison.Ordinal);
        Assert.True(await client.WaitForCloseAsync());
        Assert.Equal(1, host.Layer.Counters.RejectsFor(SipError.MessageTooLarge));
    }
}
