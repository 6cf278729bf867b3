using System.Text;

namespace Voice.Sip.Benchmarks;

/// <summary>
/// Realistic messages for the benchmarks: an INVITE as a contact-centre B2BUA sends to a carrier
/// (SDP offer with PCMU/PCMA/telephone-event) and the 200 OK it receives for it.
/// </summary>
internal static class BenchMessages
{
    private const string SdpOffer =
        "v=0\r\n" +
        "o=- 3912345678 3912345678 IN IP4 203.0.113.10\r\n" +
        "s=-\r\n" +
        "c=IN IP4 203.0.113.10\r\n" +
        "t=0 0\r\n" +
        "m=audio 40000 RTP/AVP 0 8 101\r\n" +
        "a=rtpmap:0 PCMU/8000\r\n" +
        "a=rtpmap:8 PCMA/8000\r\n" +
        "a=rtpmap:101 telephone-event/8000\r\n" +
        "a=fmtp:101 0-16\r\n" +
        "a=ptime:20\r\n" +
        "a=sendrecv\r\n";

    private const string InviteHead =
        "INVITE sip:+15551234567@gw1.carrier.example.net;user=phone SIP/2.0\r\n" +
        "Via: SIP/2.0/UDP 203.0.113.10:5060;rport;branch=z9hG4bK-524287-1-7a3f9c2e1d\r\n" +
        "Max-Forwards: 70\r\n" +
        "Record-Route: <sip:203.0.113.10;lr>\r\n" +
        "Route: <sip:198.51.100.20;lr>\r\n" +
        "Contact: <sip:agent1001@203.0.113.10:5060;transport=udp>\r\n" +
        "To: <sip:+15551234567@gw1.carrier.example.net>\r\n" +
        "From: \"Agent 1001\" <sip:1001@cc.example.com>;tag=8f3a2b1c\r\n" +
        "Call-ID: 4f9c2e7a1b3d5f60@203.0.113.10\r\n" +
        "CSeq: 1 INVITE\r\n" +
        "Allow: INVITE, ACK, CANCEL, BYE, OPTIONS, INFO, UPDATE, REFER, NOTIFY\r\n" +
        "Supported: replaces, timer, 100rel\r\n" +
        "User-Agent: Voice.Orleans/1.0\r\n" +
        "Content-Type: application/sdp\r\n";

    private const string OkText =
        "SIP/2.0 200 OK\r\n" +
        "Via: SIP/2.0/UDP 203.0.113.10:5060;rport=5060;branch=z9hG4bK-524287-1-7a3f9c2e1d;received=203.0.113.10\r\n" +
        "Record-Route: <sip:203.0.113.10;lr>\r\n" +
        "Contact: <sip:gw1.carrier.example.net:5060>\r\n" +
        "To: <sip:+15551234567@gw1.carrier.example.net>;tag=as58f4201b\r\n" +
        "From: \"Agent 1001\" <sip:1001@cc.example.com>;tag=8f3a2b1c\r\n" +
        "Call-ID: 4f9c2e7a1b3d5f60@203.0.113.10\r\n" +
        "CSeq: 1 INVITE\r\n" +
        "Content-Length: 0\r\n" +
        "\r\n";

    /// <summary>The ~900-byte INVITE with its SDP body.</summary>
    public static byte[] Invite { get; } = BuildInvite(0);

    /// <summary>The ~400-byte 200 OK (no body).</summary>
    public static byte[] Ok { get; } = Encoding.ASCII.GetBytes(OkText);

    /// <summary>The INVITE with <paramref name="extraUnknownHeaders"/> X- headers the stack never reads.</summary>
    public static byte[] BuildInvite(int extraUnknownHeaders)
    {
        var text = new StringBuilder(InviteHead);
        for (var i = 0; i < extraUnknownHeaders; i++)
        {
            text.Append("X-Custom-Header-").Append(i).Append(": opaque-value-").Append(i).Append("\r\n");
        }

        text.Append("Content-Length: ").Append(Encoding.ASCII.GetByteCount(SdpOffer)).Append("\r\n\r\n").Append(SdpOffer);
        return Encoding.ASCII.GetBytes(text.ToString());
    }
}
