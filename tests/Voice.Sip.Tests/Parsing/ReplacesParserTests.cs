using Voice.Sip.Message;
using Voice.Sip.Parsing;

namespace Voice.Sip.Tests.Parsing;

public class ReplacesParserTests
{
    [Fact]
    public void TryParse_FullForm_ExposesDialogIdentifiers()
    {
        Assert.True(ReplacesParser.TryParse("98asjd8@host.example ; To-Tag=a1 ;from-tag = b2;early-only"u8, out var value, out var error), error.ToString());
        Assert.Equal("98asjd8@host.example", value.CallId);
        Assert.Equal("a1", value.ToTag);
        Assert.Equal("b2", value.FromTag);
        Assert.True(value.EarlyOnly);
    }

    [Fact]
    public void TryParse_WithoutEarlyOnlyAndExtensionParam_IsNotEarlyOnly()
    {
        Assert.True(ReplacesParser.TryParse("callid;from-tag=f;to-tag=t;x-ext=1"u8, out var value, out _));
        Assert.False(value.EarlyOnly);
        Assert.Equal("1", value.Parameters.Get("x-ext"));
    }

    [Theory]
    [InlineData("")]
    [InlineData(";to-tag=a;from-tag=b")]
    [InlineData("id@host;to-tag=a")]
    [InlineData("id@host;from-tag=b")]
    [InlineData("id@host;to-tag=;from-tag=b")]
    [InlineData("id@host;to-tag=\"a\";from-tag=b")]
    [InlineData("id@host;to-tag=a;from-tag=b;early-only=yes")]
    [InlineData("id@@host;to-tag=a;from-tag=b")]
    [InlineData("id host;to-tag=a;from-tag=b")]
    public void TryParse_InvalidForms_ReturnsMalformedReplaces(string text)
    {
        Assert.False(ReplacesParser.TryParse(TestMessages.Bytes(text), out _, out var error));
        Assert.Equal(SipError.MalformedReplaces, error);
    }
}
