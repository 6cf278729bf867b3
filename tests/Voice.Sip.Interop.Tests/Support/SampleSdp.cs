using System.Text;

namespace Voice.Sip.Interop.Tests.Support;

internal static class SampleSdp
{
    public static byte[] Offer(string address, int port) => Encoding.ASCII.GetBytes(
        "v=0\r\n" +
        $"o=voice 1 1 IN IP4 {address}\r\n" +
        "s=-\r\n" +
        $"c=IN IP4 {address}\r\n" +
        "t=0 0\r\n" +
        $"m=audio {port} RTP/AVP 0 101\r\n" +
        "a=rtpmap:0 PCMU/8000\r\n" +
        "a=rtpmap:101 telephone-event/8000\r\n" +
        "a=sendrecv\r\n");
}
