using FsCheck;
using FsCheck.Fluent;
using Voice.Sip.Headers;
using Voice.Sip.Message;
using Voice.Sip.Parsing;

namespace Voice.Sip.Tests.Parsing;

public class AuthHeaderParserTests
{
    [Fact]
    public void TryParse_Rfc7616Challenge_UnquotesValuesAndKeepsOrder()
    {
        const string text = "Digest realm=\"http-auth@example.org\", qop=\"auth, auth-int\", algorithm=SHA-256, " +
            "nonce=\"7ypf/xlj9XXwfDPEoM4URrv/xwf94BcCAzFZH4GiTo0v\", opaque=\"FQhe/qaU925kfnzjCev0ciny7QMkPqMAFRtzCUYo5tdS\"";

        Assert.True(AuthHeaderParser.TryParse(text, AuthHeaderRole.Challenge, out var value, out var error), error.ToString());

        Assert.Equal("Digest", value.Scheme);
        Assert.Equal(["realm", "qop", "algorithm", "nonce", "opaque"], value.Parameters.Select(p => p.Name));
        Assert.Equal("http-auth@example.org", value.Realm);
        Assert.Equal("auth, auth-int", value.Get("QOP"));
        Assert.Equal("SHA-256", value.Algorithm);
        Assert.Equal(text, value.ToString());
    }

    [Fact]
    public void TryParse_CredentialsWithEscapesAndFoldedSpacing_DecodesQuotedPairs()
    {
        const string text = "Digest   username = \"bob \\\"the\\\" builder\" ,realm=\"biloxi.com\",nc=00000001";

        Assert.True(AuthHeaderParser.TryParse(text, AuthHeaderRole.Credentials, out var value, out _));

        Assert.Equal("bob \"the\" builder", value.Get("username"));
        Assert.Equal("00000001", value.Get("nc"));
        Assert.Equal("Digest username=\"bob \\\"the\\\" builder\", realm=\"biloxi.com\", nc=00000001", value.ToString());
    }

    [Fact]
    public void ToString_QuotingFollowsRfc7616_ByRole()
    {
        var challenge = new AuthHeaderValue("Digest", AuthHeaderRole.Challenge).Set("realm", "r").Set("qop", "auth").Set("stale", "true");
        var credentials = new AuthHeaderValue("Digest", AuthHeaderRole.Credentials)
            .Set("username", "u").Set("uri", "sip:a@b").Set("qop", "auth").Set("nc", "0000000a").Set("algorithm", "MD5");

        Assert.Equal("Digest realm=\"r\", qop=\"auth\", stale=true", challenge.ToString());
        Assert.Equal("Digest username=\"u\", uri=\"sip:a@b\", qop=auth, nc=0000000a, algorithm=MD5", credentials.ToString());
    }

    [Fact]
    public void TryParse_QuotedTokenDirective_IsRewrittenUnquoted()
    {
        Assert.True(AuthHeaderParser.TryParse("Digest algorithm=\"MD5\", realm=x", AuthHeaderRole.Credentials, out var value, out _));

        Assert.Equal("Digest algorithm=MD5, realm=\"x\"", value.ToString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("Digest")]
    [InlineData("Digest realm")]
    [InlineData("Digest realm=")]
    [InlineData("Digest realm=\"open")]
    [InlineData("Digest realm=\"a\" nonce=\"b\"")]
    [InlineData("Digest realm=\"a\",")]
    [InlineData("Digest realm=\"a\", realm=\"b\"")]
    [InlineData("Dig(est realm=\"a\"")]
    public void TryParse_Malformed_ReturnsMalformedAuthorization(string text)
    {
        Assert.False(AuthHeaderParser.TryParse(text, AuthHeaderRole.Credentials, out _, out var error));
        Assert.Equal(SipError.MalformedAuthorization, error);
    }

    [Fact]
    public void SipMessage_SeveralChallenges_ReturnedInOrderAndMalformedOneReported()
    {
        var response = new SipResponse(401, "Unauthorized");
        response.Headers.Add(HeaderKind.WwwAuthenticate, "Digest realm=\"a\", nonce=\"1\", algorithm=SHA-256");
        response.Headers.Add("WWW-Authenticate", "Digest realm=\"a\", nonce=\"1\", algorithm=MD5");
        response.Headers.Add(HeaderKind.ProxyAuthenticate, "Digest realm=\"p\", nonce=\"2\"");

        Assert.Equal(["SHA-256", "MD5"], response.WwwAuthenticates.Select(c => c.Algorithm));
        Assert.Equal("p", Assert.Single(response.ProxyAuthenticates).Realm);
        Assert.Empty(response.Authorizations);

        response.Headers.Add(HeaderKind.Authorization, "Digest username=");
        Assert.False(response.TryGetAuthHeaders(HeaderKind.Authorization, out _, out var error));
        Assert.Equal(SipError.MalformedAuthorization, error);
        Assert.Equal(SipError.MalformedAuthorization, Assert.Throws<SipParseException>(() => response.Authorizations).Error);
    }

    [Fact]
    public void ToStringThenTryParse_AnyPrintableValue_RoundTrips()
    {
        var property = Prop.ForAll<string>(text =>
        {
            var value = new string((text ?? string.Empty).Where(c => c is >= ' ' and <= '~').ToArray());
            var original = new AuthHeaderValue("Digest", AuthHeaderRole.Credentials)
                .Set("username", value).Set("nc", "00000001").Set("x-extension", value.Length == 0 ? "t" : value);

            return AuthHeaderParser.TryParse(original.ToString(), AuthHeaderRole.Credentials, out var parsed, out _)
                && parsed.Get("username") == value
                && parsed.Get("x-extension") == original.Get("x-extension")
                && parsed.ToString() == original.ToString();
        });

        Check.QuickThrowOnFailure(property);
    }
}
