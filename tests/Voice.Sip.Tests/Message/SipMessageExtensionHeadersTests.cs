using Voice.Sip.Headers;
using Voice.Sip.Message;
using Voice.Sip.Parsing;

namespace Voice.Sip.Tests.Message;

public class SipMessageExtensionHeadersTests
{
    private const string Refer =
        "REFER sip:agent@cc.example.net SIP/2.0\r\n" +
        "v: SIP/2.0/TCP client.example.com;branch=z9hG4bK-ext-1\r\n" +
        "Max-Forwards: 70\r\n" +
        "f: <sip:caller@example.com>;tag=a\r\n" +
        "t: <sip:agent@cc.example.net>;tag=b\r\n" +
        "i: refer-1@client.example.com\r\n" +
        "CSeq: 2 REFER\r\n" +
        "r: <sip:target@cc.example.net?Replaces=c1%40h%3Bto-tag%3Dt1%3Bfrom-tag%3Df1>\r\n" +
        "b: \"Supervisor\" <sip:sup@cc.example.net>\r\n" +
        "o: refer;id=2\r\n" +
        "k: replaces, timer\r\n" +
        "Supported: norefersub\r\n" +
        "u: refer, presence.winfo\r\n" +
        "Allow: INVITE, REFER\r\n" +
        "Require: replaces\r\n" +
        "Reason: SIP;cause=200;text=\"ok\"\r\n" +
        "Reason: Q.850;cause=16\r\n" +
        "c: message/sipfrag;version=2.0\r\n" +
        "l: 0\r\n\r\n";

    private static SipMessage ParseRefer(string text = Refer)
    {
        var result = SipMessageParser.Parse(TestMessages.Bytes(text));
        Assert.True(result.Success, result.Error.ToString());
        return result.Message!;
    }

    [Fact]
    public void Accessors_CompactFormsAndSeveralFields_AreGathered()
    {
        var m = ParseRefer();

        Assert.Equal("c1@h", m.ReferTo!.Replaces!.CallId);
        Assert.Equal("\"Supervisor\"", m.ReferredBy!.DisplayName);
        Assert.Equal("2", m.Event!.Id);
        Assert.Equal(["replaces", "timer", "norefersub"], m.Supported);
        Assert.Equal(["refer", "presence.winfo"], m.AllowEvents);
        Assert.Equal(["INVITE", "REFER"], m.Allow);
        Assert.Equal(["replaces"], m.Require);
        Assert.Equal([200, 16], m.Reasons.Select(r => r.Cause ?? -1));
        Assert.True(m.ContentType!.Is("message", "sipfrag"));
    }

    [Fact]
    public void Accessors_AbsentHeaders_ReadAsNullOrEmpty()
    {
        var m = SipMessageParser.Parse(TestMessages.Bytes(TestMessages.Invite)).Message!;

        Assert.Null(m.ReferTo);
        Assert.Null(m.ReferredBy);
        Assert.Null(m.Replaces);
        Assert.Null(m.Event);
        Assert.Null(m.SubscriptionState);
        Assert.Empty(m.Reasons);
        Assert.Empty(m.Unsupported);
        Assert.Empty(m.ProxyRequire);
        Assert.True(m.TryGetReplaces(out var replaces, out var error));
        Assert.Null(replaces);
        Assert.Equal(SipError.None, error);
    }

    [Fact]
    public void SubscriptionStateAndReplaces_OnNotifyAndInvite_AreTyped()
    {
        var m = ParseRefer();
        m.Headers.Add(HeaderKind.SubscriptionState, "active;expires=30");
        m.Headers.Add("Replaces", "x@y;to-tag=1;from-tag=2");

        Assert.Equal(SubscriptionStateValue.Active, m.SubscriptionState!.State);
        Assert.Equal(30, m.SubscriptionState.Expires);
        Assert.Equal("x@y", m.Replaces!.CallId);
    }

    [Theory]
    [InlineData("Content-Type", "application", SipError.MalformedContentType)]
    [InlineData("Refer-To", "<sip:x@h?Replaces=nope>", SipError.MalformedReplaces)]
    [InlineData("Referred-By", "<sip:unclosed", SipError.MalformedNameAddress)]
    [InlineData("Replaces", "cid;to-tag=1", SipError.MalformedReplaces)]
    [InlineData("Event", "..", SipError.MalformedEvent)]
    [InlineData("Subscription-State", "active;expires=x", SipError.MalformedSubscriptionState)]
    [InlineData("Reason", "SIP;cause=x", SipError.MalformedReason)]
    [InlineData("Unsupported", "a,,b", SipError.MalformedTokenList)]
    [InlineData("Allow-Events", "presence..x", SipError.MalformedTokenList)]
    public void ThrowingProperty_MalformedValue_ThrowsSipParseExceptionWithError(string name, string value, SipError expected)
    {
        var m = ParseRefer();
        var kind = HeaderNames.Lookup(name);
        m.Headers.RemoveAll(kind);
        m.Headers.Add(name, value);

        var ex = Assert.Throws<SipParseException>(() => Read(m, kind));

        Assert.Equal(expected, ex.Error);
        Assert.Equal(kind, ex.Header);
    }

    private static object? Read(SipMessage m, HeaderKind kind) => kind switch
    {
        HeaderKind.ContentType => m.ContentType,
        HeaderKind.ReferTo => m.ReferTo,
        HeaderKind.ReferredBy => m.ReferredBy,
        HeaderKind.Replaces => m.Replaces,
        HeaderKind.Event => m.Event,
        HeaderKind.SubscriptionState => m.SubscriptionState,
        HeaderKind.Reason => m.Reasons,
        HeaderKind.Unsupported => m.Unsupported,
        HeaderKind.AllowEvents => m.AllowEvents,
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };
}
