using Voice.Sip.Message;
using Voice.Sip.Parsing;

namespace Voice.Sip.Tests.Parsing;

public class TokenListParserTests
{
    [Theory]
    [InlineData("100rel", new[] { "100rel" })]
    [InlineData("timer,replaces", new[] { "timer", "replaces" })]
    [InlineData("  timer ,\t replaces ,  norefersub ", new[] { "timer", "replaces", "norefersub" })]
    [InlineData("INVITE, ACK, Bye", new[] { "INVITE", "ACK", "Bye" })]
    public void TryParse_ValidLists_ReturnsTokensInOrder(string text, string[] expected)
    {
        Assert.True(TokenListParser.TryParse(TestMessages.Bytes(text), out var value, out var error), error.ToString());
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("")]
    [InlineData("timer,,replaces")]
    [InlineData("timer,")]
    [InlineData(",timer")]
    [InlineData("time r")]
    [InlineData("timer;x=1")]
    [InlineData("\"timer\"")]
    public void TryParse_InvalidLists_ReturnsMalformedTokenList(string text)
    {
        Assert.False(TokenListParser.TryParse(TestMessages.Bytes(text), out _, out var error));
        Assert.Equal(SipError.MalformedTokenList, error);
    }

    [Fact]
    public void TryParseInto_EmptyFieldWhenAllowed_SucceedsWithNoTokens()
    {
        var list = new List<string>();

        Assert.True(TokenListParser.TryParseInto("  "u8, list, allowEmpty: true, out var error));
        Assert.Equal(SipError.None, error);
        Assert.Empty(list);
        Assert.False(TokenListParser.TryParseInto("  "u8, list, allowEmpty: false, out error));
        Assert.Equal(SipError.MalformedTokenList, error);
    }
}
