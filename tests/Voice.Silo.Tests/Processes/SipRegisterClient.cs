using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Voice.Sip.Auth;
using Voice.Sip.Message;
using Voice.Sip.Parsing;

namespace Voice.Silo.Tests.Processes;

/// <summary>
/// Registers one extension with a node over UDP, answering the digest challenge with Voice.Sip's
/// <see cref="DigestClient"/>: the quickest way to make a real node publish an event (EventDNBackInService).
/// </summary>
internal static class SipRegisterClient
{
    private static readonly TimeSpan ResponseLimit = TimeSpan.FromSeconds(10);

    /// <summary>REGISTER, answer the 401, return the final status code.</summary>
    public static async Task<int> RegisterAsync(int sipPort, string domain, string user, string password)
    {
        using var udp = new UdpClient(new IPEndPoint(IPAddress.Loopback, 0));
        var node = new IPEndPoint(IPAddress.Loopback, sipPort);
        var callId = Guid.NewGuid().ToString("N");
        var first = Request(udp, domain, user, callId, 1);
        var challenge = await SendAsync(udp, node, first);
        if (challenge.StatusCode != 401)
        {
            return challenge.StatusCode;
        }

        var answer = Request(udp, domain, user, callId, 2);
        Assert.True(new DigestClient(user, password).TryAuthorize(answer, challenge), "no usable digest challenge in the 401");
        return (await SendAsync(udp, node, answer)).StatusCode;
    }

    private static SipRequest Request(UdpClient udp, string domain, string user, string callId, long cseq)
    {
        var port = ((IPEndPoint)udp.Client.LocalEndPoint!).Port;
        var text = string.Create(CultureInfo.InvariantCulture, $"""
            REGISTER sip:{domain} SIP/2.0
            Via: SIP/2.0/UDP 127.0.0.1:{port};branch=z9hG4bK{Guid.NewGuid():N};rport
            Max-Forwards: 70
            From: <sip:{user}@{domain}>;tag=t{port}
            To: <sip:{user}@{domain}>
            Call-ID: {callId}
            CSeq: {cseq} REGISTER
            Contact: <sip:{user}@127.0.0.1:{port}>
            Expires: 300
            Content-Length: 0


            """).ReplaceLineEndings("\r\n");
        var parsed = SipMessageParser.Parse(Encoding.UTF8.GetBytes(text));
        return (SipRequest)(parsed.Message ?? throw new InvalidOperationException($"test REGISTER does not parse: {parsed.Error}"));
    }

    private static async Task<SipResponse> SendAsync(UdpClient udp, IPEndPoint node, SipRequest request)
    {
        await udp.SendAsync(request.ToBytes(), node);
        using var limit = new CancellationTokenSource(ResponseLimit);
        while (true)
        {
            var datagram = await udp.ReceiveAsync(limit.Token);
            // Skip a provisional 100 Trying should the node send one: the final answer is what counts.
            if (SipMessageParser.Parse(datagram.Buffer).Message is SipResponse { StatusCode: >= 200 } response)
            {
                return response;
            }
        }
    }
}
