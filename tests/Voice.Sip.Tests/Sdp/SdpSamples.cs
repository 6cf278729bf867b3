using System.Text;
using Voice.Sip.Sdp;

namespace Voice.Sip.Tests.Sdp;

/// <summary>Typical audio offers as softphones and carriers send them.</summary>
internal static class SdpSamples
{
    public const string AudioOfferIpv4 =
        "v=0\r\n" +
        "o=alice 2890844526 2890844526 IN IP4 192.0.2.10\r\n" +
        "s=-\r\n" +
        "c=IN IP4 192.0.2.10\r\n" +
        "t=0 0\r\n" +
        "m=audio 49170 RTP/AVP 0 8 101\r\n" +
        "a=rtpmap:0 PCMU/8000\r\n" +
        "a=rtpmap:8 PCMA/8000\r\n" +
        "a=rtpmap:101 telephone-event/8000\r\n" +
        "a=fmtp:101 0-16\r\n" +
        "a=ptime:20\r\n" +
        "a=sendrecv\r\n";

    public const string AudioOfferIpv6 =
        "v=0\r\n" +
        "o=- 1 1 IN IP6 2001:db8::1\r\n" +
        "s=call\r\n" +
        "t=0 0\r\n" +
        "m=audio 30000 RTP/AVP 8 0 101\r\n" +
        "c=IN IP6 2001:db8::1\r\n" +
        "a=rtpmap:101 telephone-event/8000\r\n" +
        "a=fmtp:101 0-15\r\n";

    /// <summary>Every session-level line type, two media sections, repeats and lines the model has no field for.</summary>
    public const string Full =
        "v=0\r\n" +
        "o=jdoe 2890844526 2890842807 IN IP4 10.47.16.5\r\n" +
        "s=SDP Seminar\r\n" +
        "i=A Seminar on the session description protocol\r\n" +
        "u=http://www.example.com/seminars/sdp.pdf\r\n" +
        "e=j.doe@example.com (Jane Doe)\r\n" +
        "p=+1 617 555-6011\r\n" +
        "c=IN IP4 224.2.17.12/127\r\n" +
        "b=CT:128\r\n" +
        "t=2873397496 2873404696\r\n" +
        "r=7d 1h 0 25h\r\n" +
        "z=2882844526 -1h 2898848070 0\r\n" +
        "k=prompt\r\n" +
        "x=session-level-unknown\r\n" +
        "a=recvonly\r\n" +
        "y=between attributes\r\n" +
        "a=tool:voice\r\n" +
        "m=audio 49170/2 RTP/AVP 0\r\n" +
        "i=voice\r\n" +
        "c=IN IP4 224.2.17.13/127\r\n" +
        "c=IN IP4 224.2.17.14/127\r\n" +
        "b=AS:64\r\n" +
        "k=prompt\r\n" +
        "a=ptime:20\r\n" +
        "m=video 0 RTP/AVP 31\r\n" +
        "a=rtpmap:31 H261/90000\r\n" +
        "w=trailing unknown\r\n";

    public static SessionDescription Parse(string sdp)
    {
        Assert.True(SessionDescription.TryParse(Encoding.UTF8.GetBytes(sdp), out var description, out var error, out var detail), detail);
        Assert.Equal(Voice.Sip.Message.SipError.None, error);
        return description;
    }
}
