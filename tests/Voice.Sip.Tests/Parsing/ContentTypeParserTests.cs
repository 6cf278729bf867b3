using Voice.Sip.Message;
using Voice.Sip.Parsing;

namespace Voice.Sip.Tests.Parsing;

public class ContentTypeParserTests
{
    [Theory]
    [InlineData("application/sdp", "application", "sdp")]
    [InlineData("  Application / SDP  ", "Application", "SDP")]
    [InlineData("application/pidf+xml", "application", "pidf+xml")]
    [InlineData("message/sipfrag;version=2.0", "message", "sipfrag")]
    public void TryParse_ValidForms_SplitsTypeAndSubtype(string text, string type, string subType)
    {
        Assert.True(ContentTypeParser.TryParse(TestMessages.Bytes(text), out var value, out var error), error.ToString());
        Assert.Equal(type, value.MediaType);
        Assert.Equal(subType, value.SubType);
        Assert.True(value.Is("APPLICATION", "sdp") == (type.Equals("application", StringComparison.OrdinalIgnoreCase) && subType.Equals("sdp", StringComparison.OrdinalIgnoreCase)));
    }

    [Fact]
    public void TryParse_MultipartWithQuotedBoundaryAndLws_ExposesUnquotedBoundary()
    {
        var text = "multipart/mixed ; boundary = \"unique-boundary-1\" ;charset=UTF-8";

        Assert.True(ContentTypeParser.TryParse(TestMessages.Bytes(text), out var value, out _));
        Assert.True(value.IsMultipart);
        Assert.Equal("unique-boundary-1", value.Boundary);
        Assert.Equal("UTF-8", value.Charset);
        Assert.Equal("multipart/mixed;boundary=\"unique-boundary-1\";charset=UTF-8", value.ToString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("application")]
    [InlineData("application/")]
    [InlineData("/sdp")]
    [InlineData("application/sdp;charset")]
    [InlineData("application/sdp;boundary=\"open")]
    [InlineData("application sdp")]
    [InlineData("application/sdp garbage")]
    [InlineData("text/plain;a=1;A=2")]
    public void TryParse_InvalidForms_ReturnsMalformedContentType(string text)
    {
        Assert.False(ContentTypeParser.TryParse(TestMessages.Bytes(text), out _, out var error));
        Assert.Equal(SipError.MalformedContentType, error);
    }
}
