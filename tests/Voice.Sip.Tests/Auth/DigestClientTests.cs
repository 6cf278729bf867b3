using Voice.Sip.Auth;
using Voice.Sip.Message;

namespace Voice.Sip.Tests.Auth;

public class DigestClientTests
{
    [Fact]
    public void TryAuthorize_Md5OfferedFirst_PicksSha256()
    {
        var challenge = new SipResponse(401, "Unauthorized");
        challenge.Headers.Add(HeaderKind.WwwAuthenticate, "Digest realm=\"biloxi.com\", nonce=\"n1\", algorithm=MD5, qop=\"auth\"");
        challenge.Headers.Add(HeaderKind.WwwAuthenticate, "Digest realm=\"biloxi.com\", nonce=\"n1\", algorithm=SHA-256, qop=\"auth\"");
        var request = DigestTestFixture.Register();

        Assert.True(new DigestClient("bob", "pw").TryAuthorize(request, challenge));

        var credentials = Assert.Single(request.Authorizations);
        Assert.Equal("SHA-256", credentials.Algorithm);
        Assert.Equal(64, credentials.Get("response")!.Length);
    }

    [Fact]
    public void TryAuthorize_TwoRealms_AnswersEachOnceAndKeepsOtherRealmCredentials()
    {
        var challenge = new SipResponse(407, "Proxy Authentication Required");
        challenge.Headers.Add(HeaderKind.ProxyAuthenticate, "Digest realm=\"a.com\", nonce=\"n1\", qop=\"auth\"");
        challenge.Headers.Add(HeaderKind.ProxyAuthenticate, "Digest realm=\"b.com\", nonce=\"n2\", qop=\"auth\"");
        var request = DigestTestFixture.Register();
        request.Headers.Add(HeaderKind.ProxyAuthorization, "Digest username=\"bob\", realm=\"c.com\", nonce=\"x\", uri=\"sip:biloxi.com\", response=\"00\"");
        request.Headers.Add(HeaderKind.ProxyAuthorization, "Digest username=\"bob\", realm=\"a.com\", nonce=\"old\", uri=\"sip:biloxi.com\", response=\"00\"");

        Assert.True(new DigestClient("bob", "pw").TryAuthorize(request, challenge));

        Assert.Equal(["c.com", "a.com", "b.com"], request.ProxyAuthorizations.Select(c => c.Realm));
        Assert.Equal("n1", request.ProxyAuthorizations[1].Nonce);
        Assert.Empty(request.Authorizations);
    }

    [Fact]
    public void TryAuthorize_OnlyAuthIntOrUnknownAlgorithm_ReturnsFalse()
    {
        var challenge = new SipResponse(401, "Unauthorized");
        challenge.Headers.Add(HeaderKind.WwwAuthenticate, "Digest realm=\"a\", nonce=\"n\", qop=\"auth-int\"");
        challenge.Headers.Add(HeaderKind.WwwAuthenticate, "Digest realm=\"a\", nonce=\"n\", algorithm=SHA-1, qop=\"auth\"");
        challenge.Headers.Add(HeaderKind.WwwAuthenticate, "Basic realm=\"a\"");
        var request = DigestTestFixture.Register();

        Assert.False(new DigestClient("bob", "pw").TryAuthorize(request, challenge));
        Assert.Empty(request.Authorizations);
    }

    [Fact]
    public void CreateCredentials_SameNonce_CountsUpAndDrawsFreshCnonce()
    {
        var challenge = new DigestTestFixture().Server.CreateChallenges()[0];
        var client = new DigestClient("bob", "pw");

        var first = client.CreateCredentials(challenge, SipMethod.Register, "sip:biloxi.com");
        var second = client.CreateCredentials(challenge, SipMethod.Register, "sip:biloxi.com");

        Assert.Equal("00000001", first.Get("nc"));
        Assert.Equal("00000002", second.Get("nc"));
        Assert.NotEqual(first.Get("cnonce"), second.Get("cnonce"));
        Assert.Equal(challenge.Get("opaque"), first.Get("opaque"));
    }

    [Fact]
    public void CreateCredentials_NoQopChallenge_OmitsCnonceAndNc()
    {
        var challenge = new Voice.Sip.Headers.AuthHeaderValue("Digest", Voice.Sip.Headers.AuthHeaderRole.Challenge)
            .Set("realm", "testrealm@host.com").Set("nonce", "dcd98b7102dd2f0e8b11d0f600bfb0c093");

        var credentials = new DigestClient("Mufasa", "Circle Of Life").CreateCredentials(challenge, SipMethod.Parse("GET"), "/dir/index.html");

        Assert.Equal("670fd8c2df070c60b045671b8b24ff02", credentials.Get("response"));
        Assert.False(credentials.Contains("nc"));
        Assert.False(credentials.Contains("cnonce"));
        Assert.False(credentials.Contains("qop"));
    }
}
