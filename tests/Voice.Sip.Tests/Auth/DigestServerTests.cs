using Voice.Sip.Auth;
using Voice.Sip.Headers;
using Voice.Sip.Message;
using Voice.Sip.Parsing;

namespace Voice.Sip.Tests.Auth;

public class DigestServerTests
{
    [Fact]
    public void CreateChallengeResponse_OffersEachAlgorithmInPreferenceOrder_WithSharedNonceAndQopAuth()
    {
        var fixture = new DigestTestFixture();

        var response = fixture.Server.CreateChallengeResponse(DigestTestFixture.Register());

        Assert.Equal(401, response.StatusCode);
        var challenges = response.WwwAuthenticates;
        Assert.Equal(["SHA-256", "MD5"], challenges.Select(c => c.Algorithm));
        Assert.All(challenges, c =>
        {
            Assert.Equal(DigestTestFixture.Realm, c.Realm);
            Assert.Equal("auth", c.Get("qop"));
            Assert.NotNull(c.Get("opaque"));
            Assert.Null(c.Get("stale"));
            Assert.Equal(challenges[0].Nonce, c.Nonce);
        });
        Assert.Contains("qop=\"auth\"", response.Headers.GetFirstValue(HeaderKind.WwwAuthenticate), StringComparison.Ordinal);
    }

    [Fact]
    public void CreateChallengeResponse_Proxy_Uses407AndProxyAuthenticate()
    {
        var response = new DigestTestFixture().Server.CreateChallengeResponse(DigestTestFixture.Register(), proxy: true);

        Assert.Equal(407, response.StatusCode);
        Assert.Equal(2, response.ProxyAuthenticates.Count);
        Assert.Empty(response.WwwAuthenticates);
    }

    [Theory]
    [InlineData(DigestAlgorithm.Sha256)]
    [InlineData(DigestAlgorithm.Md5)]
    [InlineData(DigestAlgorithm.Sha256Sess)]
    public async Task VerifyAsync_RoundTripWithQopAuth_Ok(DigestAlgorithm algorithm)
    {
        var fixture = new DigestTestFixture([algorithm]);
        var request = fixture.AuthorizedRegister(new DigestClient(DigestTestFixture.User, DigestTestFixture.Password));

        var result = await fixture.VerifyAsync(request);

        Assert.Equal(DigestVerificationStatus.Ok, result.Status);
        Assert.Equal(DigestTestFixture.User, result.Username);
        Assert.Equal(DigestAlgorithms.Name(algorithm), request.Authorizations[0].Algorithm);
    }

    [Fact]
    public async Task VerifyAsync_PrecomputedHa1_Ok()
    {
        var fixture = new DigestTestFixture();
        var ha1 = DigestComputation.Ha1(DigestAlgorithm.Sha256, DigestTestFixture.User, DigestTestFixture.Realm, DigestTestFixture.Password);
        fixture.Lookup = (_, _, _) => ValueTask.FromResult<DigestSecret?>(DigestSecret.FromHa1(DigestAlgorithm.Sha256, ha1));

        var result = await fixture.VerifyAsync(fixture.AuthorizedRegister(new DigestClient(DigestTestFixture.User, DigestTestFixture.Password)));

        Assert.Equal(DigestVerificationStatus.Ok, result.Status);
        Assert.DoesNotContain(ha1, DigestSecret.FromHa1(DigestAlgorithm.Sha256, ha1).ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task VerifyAsync_WrongPassword_BadResponse()
    {
        var fixture = new DigestTestFixture();

        var result = await fixture.VerifyAsync(fixture.AuthorizedRegister(new DigestClient(DigestTestFixture.User, "guess")));

        Assert.Equal(DigestVerificationStatus.BadResponse, result.Status);
    }

    [Fact]
    public async Task VerifyAsync_UnknownUser_UnknownUser()
    {
        var fixture = new DigestTestFixture();

        var result = await fixture.VerifyAsync(fixture.AuthorizedRegister(new DigestClient("mallory", "x")));

        Assert.Equal(DigestVerificationStatus.UnknownUser, result.Status);
    }

    [Fact]
    public async Task VerifyAsync_NoCredentials_MissingCredentials()
    {
        var result = await new DigestTestFixture().VerifyAsync(DigestTestFixture.Register());

        Assert.Equal(DigestVerificationStatus.MissingCredentials, result.Status);
    }

    [Fact]
    public async Task VerifyAsync_ExpiredNonceWithRightPassword_StaleNonceAndNewChallengeIsStale()
    {
        var fixture = new DigestTestFixture();
        var request = fixture.AuthorizedRegister(new DigestClient(DigestTestFixture.User, DigestTestFixture.Password));
        fixture.Time.Advance(TimeSpan.FromMinutes(5) + TimeSpan.FromSeconds(1));

        var result = await fixture.VerifyAsync(request);
        var rechallenge = fixture.Server.CreateChallengeResponse(request, stale: result.ShouldChallengeStale);

        Assert.Equal(DigestVerificationStatus.StaleNonce, result.Status);
        Assert.All(rechallenge.WwwAuthenticates, c => Assert.Equal("true", c.Get("stale")));
        Assert.Contains("stale=true", rechallenge.Headers.GetFirstValue(HeaderKind.WwwAuthenticate), StringComparison.Ordinal);
    }

    [Fact]
    public async Task VerifyAsync_ExpiredNonceWithWrongPassword_BadResponseNotStale()
    {
        var fixture = new DigestTestFixture();
        var request = fixture.AuthorizedRegister(new DigestClient(DigestTestFixture.User, "guess"));
        fixture.Time.Advance(TimeSpan.FromMinutes(6));

        Assert.Equal(DigestVerificationStatus.BadResponse, (await fixture.VerifyAsync(request)).Status);
    }

    [Fact]
    public async Task VerifyAsync_NonceStillFresh_Ok()
    {
        var fixture = new DigestTestFixture();
        var request = fixture.AuthorizedRegister(new DigestClient(DigestTestFixture.User, DigestTestFixture.Password));
        fixture.Time.Advance(TimeSpan.FromMinutes(4));

        Assert.Equal(DigestVerificationStatus.Ok, (await fixture.VerifyAsync(request)).Status);
    }

    [Fact]
    public async Task VerifyAsync_SameNonceCountTwice_Replayed()
    {
        var fixture = new DigestTestFixture();
        var request = fixture.AuthorizedRegister(new DigestClient(DigestTestFixture.User, DigestTestFixture.Password));

        var first = await fixture.VerifyAsync(request);
        var replay = await fixture.VerifyAsync(request);

        Assert.Equal(DigestVerificationStatus.Ok, first.Status);
        Assert.Equal(DigestVerificationStatus.Replayed, replay.Status);
    }

    [Fact]
    public async Task VerifyAsync_ClientReusesNonceWithIncreasingCount_OkThenLowerCountReplayed()
    {
        var fixture = new DigestTestFixture([DigestAlgorithm.Sha256]);
        var client = new DigestClient(DigestTestFixture.User, DigestTestFixture.Password);
        var challenge = fixture.Server.CreateChallengeResponse(DigestTestFixture.Register());
        var requests = Enumerable.Range(2, 3).Select(cseq => DigestTestFixture.Register(cseq: cseq)).ToList();
        requests.ForEach(r => Assert.True(client.TryAuthorize(r, challenge)));

        Assert.Equal("00000001", requests[0].Authorizations[0].Get("nc"));
        Assert.Equal("00000003", requests[2].Authorizations[0].Get("nc"));
        Assert.Equal(DigestVerificationStatus.Ok, (await fixture.VerifyAsync(requests[0])).Status);
        Assert.Equal(DigestVerificationStatus.Ok, (await fixture.VerifyAsync(requests[2])).Status);
        Assert.Equal(DigestVerificationStatus.Replayed, (await fixture.VerifyAsync(requests[1])).Status);
    }

    [Fact]
    public async Task VerifyAsync_ForgedNonce_InvalidNonce()
    {
        var fixture = new DigestTestFixture();
        var otherSecret = new DigestServer(
            new DigestServerOptions { Realm = DigestTestFixture.Realm, NonceSecret = Enumerable.Repeat((byte)9, 32).ToArray() },
            fixture.Time);
        var challenge = otherSecret.CreateChallengeResponse(DigestTestFixture.Register());
        var request = DigestTestFixture.Register(cseq: 2);
        Assert.True(new DigestClient(DigestTestFixture.User, DigestTestFixture.Password).TryAuthorize(request, challenge));

        var result = await fixture.VerifyAsync(request);

        Assert.Equal(DigestVerificationStatus.InvalidNonce, result.Status);
    }

    [Fact]
    public async Task VerifyAsync_TamperedNonceTimestamp_InvalidNonce()
    {
        var fixture = new DigestTestFixture();
        var challenge = fixture.Server.CreateChallengeResponse(DigestTestFixture.Register());
        var nonce = challenge.WwwAuthenticates[0].Nonce!;
        var tampered = (nonce[0] == 'A' ? "B" : "A") + nonce[1..];
        var request = WithCredentials(new AuthHeaderValue("Digest", AuthHeaderRole.Challenge)
            .Set("realm", DigestTestFixture.Realm).Set("nonce", tampered).Set("algorithm", "SHA-256").Set("qop", "auth"));

        Assert.Equal(DigestVerificationStatus.InvalidNonce, (await fixture.VerifyAsync(request)).Status);
    }

    [Fact]
    public async Task VerifyAsync_CredentialsForAnotherRealmOnly_WrongRealm()
    {
        var fixture = new DigestTestFixture();
        var request = WithCredentials(new AuthHeaderValue("Digest", AuthHeaderRole.Challenge)
            .Set("realm", "atlanta.com").Set("nonce", "abc").Set("qop", "auth"));

        Assert.Equal(DigestVerificationStatus.WrongRealm, (await fixture.VerifyAsync(request)).Status);
    }

    [Fact]
    public async Task VerifyAsync_UriDirectiveDiffersFromRequestUri_UriMismatch()
    {
        var fixture = new DigestTestFixture();
        var challenge = fixture.Server.CreateChallengeResponse(DigestTestFixture.Register());
        var request = DigestTestFixture.Register(cseq: 2);
        var client = new DigestClient(DigestTestFixture.User, DigestTestFixture.Password);
        request.AddAuthHeader(HeaderKind.Authorization, client.CreateCredentials(challenge.WwwAuthenticates[0], SipMethod.Register, "sip:elsewhere.com"));

        Assert.Equal(DigestVerificationStatus.UriMismatch, (await fixture.VerifyAsync(request)).Status);
    }

    [Fact]
    public async Task VerifyAsync_AlgorithmNotOffered_UnsupportedAlgorithm()
    {
        var offersMd5 = new DigestTestFixture([DigestAlgorithm.Md5]);
        var onlySha = new DigestTestFixture([DigestAlgorithm.Sha256]);
        var request = offersMd5.AuthorizedRegister(new DigestClient(DigestTestFixture.User, DigestTestFixture.Password));

        Assert.Equal(DigestVerificationStatus.UnsupportedAlgorithm, (await onlySha.VerifyAsync(request)).Status);
    }

    [Fact]
    public async Task VerifyAsync_QopAuthInt_UnsupportedQop()
    {
        var request = WithCredentials(new AuthHeaderValue("Digest", AuthHeaderRole.Challenge)
            .Set("realm", DigestTestFixture.Realm).Set("nonce", "abc").Set("qop", "auth"));
        var credentials = request.Authorizations[0].Set("qop", "auth-int");
        request.Headers.Set(HeaderKind.Authorization, credentials.ToString());

        Assert.Equal(DigestVerificationStatus.UnsupportedQop, (await new DigestTestFixture().VerifyAsync(request)).Status);
    }

    [Fact]
    public async Task VerifyAsync_MalformedAuthorizationHeader_MalformedCredentials()
    {
        var request = DigestTestFixture.Register();
        request.Headers.Add(HeaderKind.Authorization, "Digest username=\"bob");

        Assert.Equal(DigestVerificationStatus.MalformedCredentials, (await new DigestTestFixture().VerifyAsync(request)).Status);
    }

    [Fact]
    public async Task VerifyAsync_LegacyNoQop_OkOnceThenReplayed()
    {
        var fixture = new DigestTestFixture([DigestAlgorithm.Md5]);
        var challenge = fixture.Server.CreateChallenges()[0];
        challenge.Remove("qop");
        var request = WithCredentials(challenge);

        Assert.Null(request.Authorizations[0].Get("nc"));
        Assert.Equal(DigestVerificationStatus.Ok, (await fixture.VerifyAsync(request)).Status);
        Assert.Equal(DigestVerificationStatus.Replayed, (await fixture.VerifyAsync(request)).Status);
    }

    [Fact]
    public async Task VerifyAsync_LegacyNoQopWhenDisallowed_UnsupportedQop()
    {
        var fixture = new DigestTestFixture([DigestAlgorithm.Md5], allowLegacy: false);
        var challenge = fixture.Server.CreateChallenges()[0];
        challenge.Remove("qop");

        Assert.Equal(DigestVerificationStatus.UnsupportedQop, (await fixture.VerifyAsync(WithCredentials(challenge))).Status);
    }

    [Fact]
    public async Task VerifyAsync_ProxyCredentials_ReadFromProxyAuthorization()
    {
        var fixture = new DigestTestFixture();
        var challenge = fixture.Server.CreateChallengeResponse(DigestTestFixture.Register(), proxy: true);
        var request = DigestTestFixture.Register(cseq: 2);
        Assert.True(new DigestClient(DigestTestFixture.User, DigestTestFixture.Password).TryAuthorize(request, challenge));

        Assert.Equal(DigestVerificationStatus.Ok, (await fixture.VerifyAsync(request, proxy: true)).Status);
        Assert.Equal(DigestVerificationStatus.MissingCredentials, (await fixture.VerifyAsync(request, proxy: false)).Status);
    }

    private static SipRequest WithCredentials(AuthHeaderValue challenge)
    {
        var request = DigestTestFixture.Register(cseq: 2);
        var client = new DigestClient(DigestTestFixture.User, DigestTestFixture.Password);
        request.AddAuthHeader(HeaderKind.Authorization, client.CreateCredentials(challenge, SipMethod.Register, "sip:biloxi.com"));
        Assert.True(AuthHeaderParser.TryParse(request.Headers.GetFirstValue(HeaderKind.Authorization)!, AuthHeaderRole.Credentials, out _, out _));
        return request;
    }
}
