using Voice.Sip.Auth;
using Voice.Sip.Headers;
using Voice.Sip.Message;
using Voice.Sip.Parsing;

namespace Voice.Sip.Tests.Auth;

/// <summary>Published test vectors: RFC 7616 §3.9.1 and RFC 2617 §3.5.</summary>
public class DigestComputationTests
{
    private const string Rfc7616Nonce = "7ypf/xlj9XXwfDPEoM4URrv/xwf94BcCAzFZH4GiTo0v";
    private const string Rfc7616Cnonce = "f2/wE4q74E6zIJEtWaHKaf5wv/H5QzzpXusqGemxURZJ";
    private const string Rfc7616Opaque = "FQhe/qaU925kfnzjCev0ciny7QMkPqMAFRtzCUYo5tdS";
    private const string Rfc2617Nonce = "dcd98b7102dd2f0e8b11d0f600bfb0c093";

    [Theory]
    [InlineData(DigestAlgorithm.Md5, "8ca523f5e9506fed4657c9700eebdbec")]
    [InlineData(DigestAlgorithm.Sha256, "753927fa0e85d155564e2e272a28d1802ca10daf4496794697cf8db5856cb6c1")]
    public void ResponseFromPassword_Rfc7616Example_MatchesPublishedResponse(DigestAlgorithm algorithm, string expected)
    {
        var response = DigestComputation.ResponseFromPassword(
            algorithm, "Mufasa", "http-auth@example.org", "Circle of Life", "GET", "/dir/index.html",
            Rfc7616Nonce, "00000001", Rfc7616Cnonce, "auth");

        Assert.Equal(expected, response);
    }

    [Theory]
    [InlineData("MD5", "8ca523f5e9506fed4657c9700eebdbec")]
    [InlineData("SHA-256", "753927fa0e85d155564e2e272a28d1802ca10daf4496794697cf8db5856cb6c1")]
    public void DigestClient_Rfc7616Challenge_ProducesPublishedCredentials(string algorithm, string expected)
    {
        var challengeText = $"Digest realm=\"http-auth@example.org\", qop=\"auth, auth-int\", algorithm={algorithm}, " +
            $"nonce=\"{Rfc7616Nonce}\", opaque=\"{Rfc7616Opaque}\"";
        Assert.True(AuthHeaderParser.TryParse(challengeText, AuthHeaderRole.Challenge, out var challenge, out _));
        var client = new DigestClient("Mufasa", "Circle of Life");

        var credentials = client.CreateCredentials(challenge, SipMethod.Parse("GET"), "/dir/index.html", Rfc7616Cnonce, 1);

        Assert.Equal(expected, credentials.Get("response"));
        Assert.Equal(
            $"Digest username=\"Mufasa\", realm=\"http-auth@example.org\", nonce=\"{Rfc7616Nonce}\", uri=\"/dir/index.html\", " +
            $"response=\"{expected}\", algorithm={algorithm}, cnonce=\"{Rfc7616Cnonce}\", opaque=\"{Rfc7616Opaque}\", qop=auth, nc=00000001",
            credentials.ToString());
    }

    [Fact]
    public void ResponseFromPassword_Rfc2617ExampleWithQop_MatchesPublishedResponse()
    {
        var response = DigestComputation.ResponseFromPassword(
            DigestAlgorithm.Md5, "Mufasa", "testrealm@host.com", "Circle Of Life", "GET", "/dir/index.html",
            Rfc2617Nonce, "00000001", "0a4f113b", "auth");

        Assert.Equal("6629fae49393a05397450978507c4ef1", response);
    }

    [Fact]
    public void ResponseFromPassword_Rfc2617ExampleWithoutQop_UsesLegacyFormula()
    {
        // The RFC 2617 §3.5 inputs under the §3.2.2.1 no-qop formula KD(H(A1), nonce ":" H(A2)); value cross-checked
        // with an independent MD5 computation.
        var response = DigestComputation.ResponseFromPassword(
            DigestAlgorithm.Md5, "Mufasa", "testrealm@host.com", "Circle Of Life", "GET", "/dir/index.html",
            Rfc2617Nonce, null, null, null);

        Assert.Equal("670fd8c2df070c60b045671b8b24ff02", response);
    }

    [Fact]
    public void SessionHa1_SessVariant_DiffersFromPlainAndCoversCnonce()
    {
        var ha1 = DigestComputation.Ha1(DigestAlgorithm.Md5Sess, "u", "r", "p");

        Assert.Equal(ha1, DigestComputation.SessionHa1(DigestAlgorithm.Md5, ha1, "n", "c"));
        Assert.NotEqual(ha1, DigestComputation.SessionHa1(DigestAlgorithm.Md5Sess, ha1, "n", "c"));
        Assert.NotEqual(
            DigestComputation.SessionHa1(DigestAlgorithm.Sha256Sess, ha1, "n", "c1"),
            DigestComputation.SessionHa1(DigestAlgorithm.Sha256Sess, ha1, "n", "c2"));
    }

    [Theory]
    [InlineData(null, DigestAlgorithm.Md5)]
    [InlineData("md5-SESS", DigestAlgorithm.Md5Sess)]
    [InlineData("SHA-256", DigestAlgorithm.Sha256)]
    [InlineData("sha-256-sess", DigestAlgorithm.Sha256Sess)]
    public void DigestAlgorithms_TryParse_KnownTokens(string? token, DigestAlgorithm expected)
    {
        Assert.True(DigestAlgorithms.TryParse(token, out var algorithm));
        Assert.Equal(expected, algorithm);
        Assert.False(DigestAlgorithms.TryParse("SHA-1", out _));
    }
}
