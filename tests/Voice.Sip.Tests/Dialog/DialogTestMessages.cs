using Voice.Sip.Message;
using Voice.Sip.Parsing;

namespace Voice.Sip.Tests.Dialog;

/// <summary>Alice calls Bob through two record-routing proxies (in the spirit of RFC 3261 §24.2).</summary>
internal static class DialogTestMessages
{
    public const string CallId = "3848276298220188511@atlanta.example.com";
    public const string AliceTag = "9fxced76sl";
    public const string BobTag = "314159";
    public const string AliceContact = "sip:alice@client.atlanta.example.com;transport=tcp";
    public const string BobContact = "sip:bob@client.biloxi.example.com";

    /// <summary>As Bob receives it: each proxy put its Record-Route on top, so the one nearest Bob comes first.</summary>
    public static SipRequest Invite(
        string recordRoute = "<sip:p2.biloxi.example.com;lr>, <sip:p1.atlanta.example.com;lr>",
        string requestUri = "sip:bob@biloxi.example.com",
        long cseq = 1)
    {
        var rr = recordRoute.Length == 0 ? string.Empty : $"Record-Route: {recordRoute}\r\n";
        return Parse<SipRequest>(
            $"INVITE {requestUri} SIP/2.0\r\n" +
            "Via: SIP/2.0/TCP client.atlanta.example.com:5060;branch=z9hG4bK74bf9\r\n" +
            "Max-Forwards: 68\r\n" +
            rr +
            $"From: Alice <sip:alice@atlanta.example.com>;tag={AliceTag}\r\n" +
            "To: Bob <sip:bob@biloxi.example.com>\r\n" +
            $"Call-ID: {CallId}\r\n" +
            $"CSeq: {cseq} INVITE\r\n" +
            $"Contact: <{AliceContact}>\r\n" +
            "Content-Length: 0\r\n\r\n");
    }

    /// <summary>Bob's answer to <paramref name="invite"/>: copies Record-Route, adds the To tag and his Contact.</summary>
    public static SipResponse Answer(SipRequest invite, int status, string? contact = BobContact, string? recordRoute = null)
    {
        var response = SipResponseFactory.Create(invite, status, toTag: BobTag);
        var rr = recordRoute ?? string.Join(", ", invite.Headers.OfKind(HeaderKind.RecordRoute).Select(h => h.Value));
        if (rr.Length > 0)
        {
            response.Headers.Add(HeaderKind.RecordRoute, rr);
        }

        if (contact is not null)
        {
            response.Headers.Add(HeaderKind.Contact, $"<{contact}>");
        }

        return response;
    }

    /// <summary>A request from Alice inside the dialog, as Bob receives it.</summary>
    public static SipRequest FromAlice(string method, long cseq, string? contact = null, string toTag = BobTag)
    {
        var contactLine = contact is null ? string.Empty : $"Contact: <{contact}>\r\n";
        return Parse<SipRequest>(
            $"{method} {BobContact} SIP/2.0\r\n" +
            "Via: SIP/2.0/TCP client.atlanta.example.com:5060;branch=z9hG4bK" + method + cseq + "\r\n" +
            "Max-Forwards: 70\r\n" +
            $"From: Alice <sip:alice@atlanta.example.com>;tag={AliceTag}\r\n" +
            $"To: Bob <sip:bob@biloxi.example.com>;tag={toTag}\r\n" +
            $"Call-ID: {CallId}\r\n" +
            $"CSeq: {cseq} {method}\r\n" +
            contactLine +
            "Content-Length: 0\r\n\r\n");
    }

    private static T Parse<T>(string text)
        where T : SipMessage
    {
        var result = SipMessageParser.Parse(TestMessages.Bytes(text));
        Assert.True(result.Success, result.Error.ToString());
        return Assert.IsType<T>(result.Message);
    }
}
