using System.Text;
using Voice.Sip.Message;
using Voice.Sip.Sdp;

namespace Voice.Sip.Tests.Sdp;

public class SdpMalformedTests
{
    private const string Tail = "o=- 1 1 IN IP4 192.0.2.1\r\ns=-\r\nt=0 0\r\n";

    [Theory]
    [InlineData("", "empty description")]
    [InlineData("\r\n\r\n", "empty description")]
    [InlineData("o=- 1 1 IN IP4 192.0.2.1\r\nv=0\r\ns=-\r\nt=0 0\r\n", "line 1: the description must start with v=0")]
    [InlineData("v=1\r\n" + Tail, "line 1: unsupported SDP version '1'")]
    [InlineData("v=0\r\ns=-\r\nt=0 0\r\n", "missing o= line")]
    [InlineData("v=0\r\no=- 1 1 IN IP4 192.0.2.1\r\nt=0 0\r\n", "missing s= line")]
    [InlineData("v=0\r\no=- 1 1 IN IP4 192.0.2.1\r\ns=-\r\n", "missing t= line")]
    [InlineData("v=0\r\n" + Tail + "m=audio 70000 RTP/AVP 0\r\n", "line 5: m= port '70000' is not 0-65535")]
    [InlineData("v=0\r\n" + Tail + "m=audio -1 RTP/AVP 0\r\n", "line 5: m= port '-1' is not 0-65535")]
    [InlineData("v=0\r\n" + Tail + "m=audio x RTP/AVP 0\r\n", "line 5: m= port 'x' is not 0-65535")]
    [InlineData("v=0\r\n" + Tail + "m=audio 4000/0 RTP/AVP 0\r\n", "line 5: m= port count in '4000/0' is not a positive number")]
    [InlineData("v=0\r\n" + Tail + "m=audio 4000 RTP/AVP\r\n", "line 5: m= needs <media> <port> <proto> <fmt>")]
    [InlineData("v=0\r\n" + Tail + "a=\r\n", "line 5: a= has no value")]
    [InlineData("v=0\r\n" + Tail + "a=:x\r\n", "line 5: a= has no valid attribute name")]
    [InlineData("v=0\r\n" + Tail + "garbage\r\n", "line 5: 'garbage' is not of the form <type>=<value>")]
    [InlineData("v=0\r\n" + Tail + "A=x\r\n", "line 5: 'A=x' is not of the form <type>=<value>")]
    [InlineData("v=0\r\n" + Tail + "a =x\r\n", "line 5: 'a =x' is not of the form <type>=<value>")]
    [InlineData("v=0\r\no=- 1 1 IN IP4\r\ns=-\r\nt=0 0\r\n", "line 2: o= needs 6 fields, found 5")]
    [InlineData("v=0\r\no=- 1 x IN IP4 192.0.2.1\r\ns=-\r\nt=0 0\r\n", "line 2: o= sess-id and sess-version must be numbers")]
    [InlineData("v=0\r\n" + Tail + "c=IN IP4\r\n", "line 5: c= needs 3 fields, found 2")]
    [InlineData("v=0\r\n" + Tail + "b=AS\r\n", "line 5: b= must be <bwtype>:<bandwidth>")]
    [InlineData("v=0\r\n" + Tail + "t=now later\r\n", "line 5: t= must be <start-time> <stop-time>")]
    [InlineData("v=0\r\no=- 1 1 IN IP4 192.0.2.1\r\ns=-\r\nr=7d 1h 0\r\nt=0 0\r\n", "line 4: r= must follow a t= line")]
    [InlineData("v=0\r\n" + Tail + "s=again\r\n", "line 5: duplicate s= line")]
    [InlineData("v=0\r\n" + Tail + "m=audio 4000 RTP/AVP 0\r\nt=0 0\r\n", "line 6: t= is only allowed before the first m= line")]
    public void TryParse_MalformedInput_ReturnsMalformedSdpWithDetail(string text, string expectedDetail)
    {
        var ok = SessionDescription.TryParse(Encoding.UTF8.GetBytes(text), out var sdp, out var error, out var detail);

        Assert.False(ok);
        Assert.Null(sdp);
        Assert.Equal(SipError.MalformedSdp, error);
        Assert.NotNull(detail);
        Assert.StartsWith(expectedDetail, detail, StringComparison.Ordinal);
    }

    [Fact]
    public void MalformedSdp_ErrorTable_AnswersWith400()
    {
        Assert.Equal(400, SipErrorTable.StatusOf(SipError.MalformedSdp));
    }

    [Fact]
    public void Parse_MalformedText_ThrowsFormatExceptionWithDetail()
    {
        var e = Assert.Throws<FormatException>(() => SessionDescription.Parse("v=0\r\nbad\r\n"));

        Assert.Contains("line 2", e.Message, StringComparison.Ordinal);
    }
}
