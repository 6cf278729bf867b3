using Voice.Sip.Message;
using Voice.Sip.Parsing;

namespace Voice.Sip.Tests.Parsing;

public class ReferToParserTests
{
    [Fact]
    public void TryParse_PlainTarget_HasNoReplaces()
    {
        Assert.True(ReferToParser.TryParse("\"Queue 7\" <sip:queue7@cc.example.net;transport=tcp>;x=1"u8, out var value, out var error), error.ToString());
        Assert.Equal("queue7", value.Uri.User);
        Assert.Equal("\"Queue 7\"", value.Address.DisplayName);
        Assert.Equal("1", value.Address.Parameters.Get("x"));
        Assert.Null(value.Replaces);
    }

    [Fact]
    public void TryParse_AttendedTransferTarget_UnescapesEmbeddedReplaces()
    {
        var text = "<sip:agent42@cc.example.net?replaces=7731%40pbx.example%3Bto-tag%3Dxx1%3Bfrom-tag%3Dyy2%3Bearly-only&Require=replaces>";

        Assert.True(ReferToParser.TryParse(TestMessages.Bytes(text), out var value, out var error), error.ToString());
        Assert.NotNull(value.Replaces);
        Assert.Equal("7731@pbx.example", value.Replaces.CallId);
        Assert.Equal("xx1", value.Replaces.ToTag);
        Assert.Equal("yy2", value.Replaces.FromTag);
        Assert.True(value.Replaces.EarlyOnly);
    }

    [Fact]
    public void TryParse_AddrSpecForm_Parses()
    {
        Assert.True(ReferToParser.TryParse("sip:carol@example.org"u8, out var value, out _));
        Assert.Equal("carol", value.Uri.User);
    }

    [Theory]
    [InlineData("<sip:x@host?Replaces=abc%3Bto-tag%3D1>", SipError.MalformedReplaces)]
    [InlineData("<sip:x@host", SipError.MalformedNameAddress)]
    [InlineData("\"open <sip:x@host>", SipError.MalformedQuotedString)]
    [InlineData("<sip:x%4@host>", SipError.InvalidEscape)]
    [InlineData("", SipError.MalformedNameAddress)]
    public void TryParse_InvalidForms_ReturnsExpectedError(string text, SipError expected)
    {
        Assert.False(ReferToParser.TryParse(TestMessages.Bytes(text), out _, out var error));
        Assert.Equal(expected, error);
    }
}
