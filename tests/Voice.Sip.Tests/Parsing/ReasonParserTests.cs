using Voice.Sip.Message;
using Voice.Sip.Parsing;

namespace Voice.Sip.Tests.Parsing;

public class ReasonParserTests
{
    [Fact]
    public void TryParse_Q850WithCauseAndText_ExposesAllParts()
    {
        Assert.True(ReasonParser.TryParse("Q.850 ;cause=16 ;text=\"Normal call clearing\""u8, out var value, out var error), error.ToString());
        Assert.True(value.IsQ850);
        Assert.Equal(16, value.Cause);
        Assert.Equal("Normal call clearing", value.Text);
    }

    [Fact]
    public void TryParse_LowerCaseSipProtocolWithEscapedQuoteInText_Unquotes()
    {
        Assert.True(ReasonParser.TryParse("sip;cause=200;text=\"Call completed \\\"elsewhere\\\"\""u8, out var value, out _));
        Assert.True(value.IsSip);
        Assert.Equal(200, value.Cause);
        Assert.Equal("Call completed \"elsewhere\"", value.Text);
    }

    [Fact]
    public void TryParseList_TwoProtocolsWithCommaInsideText_ReturnsBoth()
    {
        var list = new List<Voice.Sip.Headers.ReasonHeader>();

        Assert.True(ReasonParser.TryParseList("SIP;cause=487;text=\"Terminated, by caller\", Q.850;cause=31"u8, list, out _));
        Assert.Equal(2, list.Count);
        Assert.Equal("Terminated, by caller", list[0].Text);
        Assert.Equal(31, list[1].Cause);
        Assert.Null(list[1].Text);
    }

    [Theory]
    [InlineData("")]
    [InlineData(";cause=1")]
    [InlineData("SIP;cause=abc")]
    [InlineData("SIP;cause=")]
    [InlineData("SIP;text=unquoted")]
    [InlineData("SIP;text=\"open")]
    [InlineData("SIP cause=3")]
    public void TryParse_InvalidForms_ReturnsMalformedReason(string text)
    {
        Assert.False(ReasonParser.TryParse(TestMessages.Bytes(text), out _, out var error));
        Assert.Equal(SipError.MalformedReason, error);
    }
}
