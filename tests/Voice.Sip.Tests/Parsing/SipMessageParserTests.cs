using Voice.Sip.Message;
using Voice.Sip.Parsing;

namespace Voice.Sip.Tests.Parsing;

public class SipMessageParserTests
{
    [Fact]
    public void Parse_TypicalInvite_ExposesStartLineHeadersAndBody()
    {
        var result = SipMessageParser.Parse(TestMessages.Bytes(TestMessages.Invite));

        Assert.True(result.Success, result.Error.ToString());
        var request = Assert.IsType<SipRequest>(result.Message);
        Assert.Equal(SipMethod.Invite, request.Method);
        Assert.Equal("bob", request.RequestUri.User);
        Assert.Equal("biloxi.example.com", request.RequestUri.Host);
        Assert.Equal("a84b4c76e66710@pc33.atlanta.example.com", request.CallId);
        Assert.Equal(314159, request.CSeq.Number);
        Assert.Equal("z9hG4bK776asdhds", request.TopVia.Branch);
        Assert.True(request.TopVia.HasRPort);
        Assert.Equal("1928301774", request.From.Tag);
        Assert.Null(request.To.Tag);
        Assert.Equal(70, request.MaxForwards);
        Assert.Equal("v=0\n", System.Text.Encoding.ASCII.GetString(request.Body.Span));
    }

    [Fact]
    public void Parse_CompactHeaderNames_MapToTheirLongForms()
    {
        var text = TestMessages.Invite
            .Replace("Via:", "v:", StringComparison.Ordinal)
            .Replace("Call-ID:", "i:", StringComparison.Ordinal)
            .Replace("Content-Length:", "l:", StringComparison.Ordinal);

        var result = SipMessageParser.Parse(TestMessages.Bytes(text));

        Assert.True(result.Success, result.Error.ToString());
        Assert.Equal("a84b4c76e66710@pc33.atlanta.example.com", result.Message!.CallId);
        Assert.Contains("Call-ID: a84b4c76e66710", System.Text.Encoding.ASCII.GetString(result.Message.ToBytes()), StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_WrongVersion_Returns505WithPartialMessage()
    {
        var result = SipMessageParser.Parse(TestMessages.Bytes(TestMessages.Invite.Replace("SIP/2.0\r\nVia", "SIP/7.0\r\nVia", StringComparison.Ordinal)));

        Assert.Equal(SipError.UnsupportedVersion, result.Error);
        Assert.Equal(505, SipErrorTable.StatusOf(result.Error));
        var response = SipResponseFactory.CreateForError(Assert.IsType<SipRequest>(result.Message), result.Error);
        Assert.NotNull(response);
        Assert.Equal(505, response.StatusCode);
    }
}
