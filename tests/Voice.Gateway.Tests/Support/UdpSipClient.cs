using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Voice.Sip.Auth;
using Voice.Sip.Message;
using Voice.Sip.Parsing;
using Voice.Sip.Transport;

namespace Voice.Gateway.Tests.Support;

/// <summary>
/// A bare UDP SIP client on 127.0.0.1 for precise requests SIPp makes awkward (odd Contact lists, replays, OPTIONS):
/// one request, one awaited response, digest answered with Voice.Sip's own <see cref="DigestClient"/>.
/// </summary>
internal sealed class UdpSipClient(SipEndPoint gateway) : IDisposable
{
    private static readonly TimeSpan ResponseLimit = TimeSpan.FromSeconds(5);
    private readonly UdpClient _udp = new(new IPEndPoint(IPAddress.Loopback, 0));

    public int LocalPort => ((IPEndPoint)_udp.Client.LocalEndPoint!).Port;

    public string CallId { get; set; } = Guid.NewGuid().ToString("N");

    public SipRequest Request(string method, string requestUri, string aor, long cseq, params string[] extraHeaders)
    {
        var text = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"{method} {requestUri} SIP/2.0\r\n")
            .Append(CultureInfo.InvariantCulture, $"Via: SIP/2.0/UDP 127.0.0.1:{LocalPort};branch=z9hG4bK{Guid.NewGuid():N};rport\r\n")
            .Append("Max-Forwards: 70\r\n")
            .Append(CultureInfo.InvariantCulture, $"From: <{aor}>;tag=t{LocalPort}\r\n")
            .Append(CultureInfo.InvariantCulture, $"To: <{aor}>\r\n")
            .Append(CultureInfo.InvariantCulture, $"Call-ID: {CallId}\r\n")
            .Append(CultureInfo.InvariantCulture, $"CSeq: {cseq} {method}\r\n");
        foreach (var header in extraHeaders)
        {
            text.Append(header).Append("\r\n");
        }

        text.Append("Content-Length: 0\r\n\r\n");
        var parsed = SipMessageParser.Parse(Encoding.UTF8.GetBytes(text.ToString()));
        return (SipRequest)(parsed.Message ?? throw new InvalidOperationException($"test request does not parse: {parsed.Error}"));
    }

    public async Task<SipResponse> SendAsync(SipRequest request)
    {
        await _udp.SendAsync(request.ToBytes(), gateway.Address);
        return await ReceiveAsync();
    }

    /// <summary>The next response (e.g. the final one after a 100 Trying).</summary>
    public async Task<SipResponse> ReceiveAsync()
    {
        using var cts = new CancellationTokenSource(ResponseLimit);
        var datagram = await _udp.ReceiveAsync(cts.Token);
        var parsed = SipMessageParser.Parse(datagram.Buffer);
        return parsed.Message as SipResponse ?? throw new InvalidOperationException($"not a response: {parsed.Error}");
    }

    /// <summary>
    /// Sends a REGISTER for <paramref name="user"/> in demo.local at <paramref name="cseq"/>; on a 401 answers the
    /// challenge with CSeq + 1 (RFC 3261 §22.2). Returns the final response and the CSeq last used.
    /// </summary>
    public async Task<(SipResponse Response, long CSeq)> RegisterAsync(string user, string password, long cseq, params string[] headers)
    {
        var aor = $"sip:{user}@demo.local";
        var response = await SendAsync(Request("REGISTER", "sip:demo.local", aor, cseq, headers));
        if (response.StatusCode != 401)
        {
            return (response, cseq);
        }

        var retry = Request("REGISTER", "sip:demo.local", aor, cseq + 1, headers);
        if (!new DigestClient(user, password).TryAuthorize(retry, response))
        {
            throw new InvalidOperationException("no usable challenge in the 401");
        }

        return (await SendAsync(retry), cseq + 1);
    }

    public void Dispose() => _udp.Dispose();
}
