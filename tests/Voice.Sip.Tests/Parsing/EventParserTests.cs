using Voice.Sip.Message;
using Voice.Sip.Parsing;

namespace Voice.Sip.Tests.Parsing;

public class EventParserTests
{
    [Fact]
    public void TryParse_PackageWithTemplateAndId_SplitsParts()
    {
        Assert.True(EventParser.TryParse(" presence.winfo ; ID = sub-1 ;other"u8, out var value, out var error), error.ToString());
        Assert.Equal("presence.winfo", value.EventType);
        Assert.Equal("presence", value.Package);
        Assert.Equal(["winfo"], value.Templates);
        Assert.Equal("sub-1", value.Id);
        Assert.True(value.Parameters.Contains("other"));
    }

    [Fact]
    public void TryParse_ReferPackage_HasNoTemplatesOrId()
    {
        Assert.True(EventParser.TryParse("refer"u8, out var value, out _));
        Assert.Equal("refer", value.Package);
        Assert.Empty(value.Templates);
        Assert.Null(value.Id);
    }

    [Theory]
    [InlineData("")]
    [InlineData(".presence")]
    [InlineData("presence.")]
    [InlineData("presence..winfo")]
    [InlineData("presence;id")]
    [InlineData("presence;id=\"q\"")]
    [InlineData("pres ence")]
    [InlineData("presence;;id=1")]
    public void TryParse_InvalidForms_ReturnsMalformedEvent(string text)
    {
        Assert.False(EventParser.TryParse(TestMessages.Bytes(text), out _, out var error));
        Assert.Equal(SipError.MalformedEvent, error);
    }
}
