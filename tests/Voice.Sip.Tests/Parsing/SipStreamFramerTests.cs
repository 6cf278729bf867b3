using Voice.Sip.Message;
using Voice.Sip.Parsing;

namespace Voice.Sip.Tests.Parsing;

public class SipStreamFramerTests
{
    [Fact]
    public void TryFrame_CompleteMessage_ReportsNoError()
    {
        var bytes = TestMessages.Bytes(TestMessages.Invite);

        var status = SipStreamFramer.TryFrame(bytes, SipParserOptions.Default, out var length, out var error);

        Assert.Equal(FrameStatus.Complete, status);
        Assert.Equal(bytes.Length, length);
        Assert.Equal(SipError.None, error);
    }

    [Fact]
    public void TryFrame_NoContentLength_IsInvalidWithMissingContentLength()
    {
        var bytes = TestMessages.Bytes(TestMessages.Invite.Replace("Content-Length: 4\r\n", string.Empty, StringComparison.Ordinal));

        var status = SipStreamFramer.TryFrame(bytes, SipParserOptions.Default, out _, out var error);

        Assert.Equal(FrameStatus.Invalid, status);
        Assert.Equal(SipError.MissingContentLength, error);
    }
}
