using System.Text;
using Voice.Sip.Message;
using Voice.Sip.Parsing;

namespace Voice.Sip.Tests.Transaction;

/// <summary>Requests and responses for transaction tests, parsed from text so they look like wire messages.</summary>
internal static class TransactionMessages
{
    public const string DefaultBranch = "z9hG4bK74bf9";

    public static SipRequest Request(
        string method,
        string branch = DefaultBranch,
        string sentBy = "pc33.atlanta.example.com:5060",
        string viaParams = "",
        string? toTag = null,
        long cseq = 1,
        string? cseqMethod = null,
        string fromTag = "9fxced76sl",
        string callId = "3848276298220188511@atlanta.example.com",
        string requestUri = "sip:bob@biloxi.example.com",
        string transport = "UDP",
        string? route = null)
    {
        var sb = new StringBuilder()
            .Append(method).Append(' ').Append(requestUri).Append(" SIP/2.0\r\n")
            .Append("Via: SIP/2.0/").Append(transport).Append(' ').Append(sentBy).Append(";branch=").Append(branch).Append(viaParams).Append("\r\n");
        if (route is not null)
        {
            sb.Append("Route: ").Append(route).Append("\r\n");
        }

        sb.Append("Max-Forwards: 70\r\n")
          .Append("From: Alice <sip:alice@atlanta.example.com>;tag=").Append(fromTag).Append("\r\n")
          .Append("To: Bob <sip:bob@biloxi.example.com>").Append(toTag is null ? string.Empty : ";tag=" + toTag).Append("\r\n")
          .Append("Call-ID: ").Append(callId).Append("\r\n")
          .Append("CSeq: ").Append(cseq).Append(' ').Append(cseqMethod ?? method).Append("\r\n")
          .Append("Contact: <sip:alice@pc33.atlanta.example.com>\r\n")
          .Append("Content-Length: 0\r\n\r\n");
        return (SipRequest)Parse(sb.ToString());
    }

    /// <summary>A response to <paramref name="request"/> as the far end would send it (re-parsed from its bytes).</summary>
    public static SipResponse ResponseTo(SipRequest request, int status, string? toTag = "314159")
    {
        var response = SipResponseFactory.Create(request, status, toTag: status == 100 ? null : toTag);
        return (SipResponse)Parse(Encoding.UTF8.GetString(response.ToBytes()));
    }

    public static SipMessage Parse(string text)
    {
        var result = SipMessageParser.Parse(Encoding.UTF8.GetBytes(text));
        Assert.True(result.Success, result.Error.ToString());
        return result.Message!;
    }
}
