using Voice.Sip.Headers;
using Voice.Sip.Message;
using Voice.Sip.Parsing;

namespace Voice.Sip.Tests.Parsing;

public class SubscriptionStateParserTests
{
    [Theory]
    [InlineData("active;expires=3600", SubscriptionStateValue.Active)]
    [InlineData("PENDING ; expires = 60", SubscriptionStateValue.Pending)]
    [InlineData("x-waiting", SubscriptionStateValue.Extension)]
    public void TryParse_States_MapToEnum(string text, SubscriptionStateValue expected)
    {
        Assert.True(SubscriptionStateParser.TryParse(TestMessages.Bytes(text), out var value, out var error), error.ToString());
        Assert.Equal(expected, value.State);
    }

    [Fact]
    public void TryParse_TerminatedWithReasonAndRetryAfter_ExposesBoth()
    {
        Assert.True(SubscriptionStateParser.TryParse("terminated;reason=timeout;retry-after=90"u8, out var value, out _));
        Assert.Equal(SubscriptionStateValue.Terminated, value.State);
        Assert.Equal("timeout", value.Reason);
        Assert.Equal(90, value.RetryAfter);
        Assert.Null(value.Expires);
    }

    [Theory]
    [InlineData("")]
    [InlineData(";expires=5")]
    [InlineData("active;expires=soon")]
    [InlineData("active;expires=")]
    [InlineData("active;expires=-1")]
    [InlineData("active;expires=99999999999")]
    [InlineData("terminated;retry-after=x")]
    [InlineData("terminated;reason=\"quoted\"")]
    [InlineData("active expires=5")]
    public void TryParse_InvalidForms_ReturnsMalformedSubscriptionState(string text)
    {
        Assert.False(SubscriptionStateParser.TryParse(TestMessages.Bytes(text), out _, out var error));
        Assert.Equal(SipError.MalformedSubscriptionState, error);
    }
}
