using System.Buffers.Text;
using System.Net;
using System.Text;
using Voice.Gateway.Rest.Auth;

namespace Voice.Gateway.Tests.Rest;

public sealed class BearerTokenTests(RestApiFactory api) : IClassFixture<RestApiFactory>
{
    private const string TenantPath = "/api/v1/tenants/acme";

    [Fact]
    public async Task No_token_is_401_missing_token_with_a_bearer_challenge()
    {
        using var client = api.Client(null);
        using var response = await client.GetAsync(TenantPath);

        await RestJson.ProblemAsync(response, HttpStatusCode.Unauthorized, "missing-token");
        Assert.StartsWith("Bearer", response.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_expired_token_is_401_expired_token()
    {
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        var expired = Sign(RestApiFactory.SigningKey, new AccessToken(RestTenants.Acme, RestRoles.Admin, "root", now - 3600, now - 1));
        using var client = api.Client(expired);
        using var response = await client.GetAsync(TenantPath);

        await RestJson.ProblemAsync(response, HttpStatusCode.Unauthorized, "expired-token");
        Assert.Contains("invalid_token", response.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_token_signed_with_another_key_is_401_invalid_token()
    {
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        var forged = Sign("some-other-key-some-other-key-0123456789", new AccessToken(RestTenants.Acme, RestRoles.Admin, "root", now, now + 600));
        using var client = api.Client(forged);
        using var response = await client.GetAsync(TenantPath);

        await RestJson.ProblemAsync(response, HttpStatusCode.Unauthorized, "invalid-token");
    }

    [Fact]
    public async Task A_token_whose_claims_were_changed_is_401_invalid_token()
    {
        var agent = await api.AgentTokenAsync();
        var parts = agent.Split('.');
        var claims = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(parts[1])).Replace("\"agent\"", "\"admin\"", StringComparison.Ordinal);
        var promoted = $"{parts[0]}.{Base64Url.EncodeToString(Encoding.UTF8.GetBytes(claims))}.{parts[2]}";
        using var client = api.Client(promoted);
        using var response = await client.GetAsync(TenantPath);

        await RestJson.ProblemAsync(response, HttpStatusCode.Unauthorized, "invalid-token");
    }

    [Theory]
    [InlineData("not-a-token")]
    [InlineData("eyJhbGciOiJub25lIn0.eyJ0ZW5hbnQiOiJhY21lIiwicm9sZSI6ImFkbWluIn0.")]
    [InlineData("a.b.c")]
    public async Task Garbage_and_unsigned_tokens_are_401_invalid_token(string token)
    {
        using var client = api.Client(token);
        using var response = await client.GetAsync(TenantPath);

        await RestJson.ProblemAsync(response, HttpStatusCode.Unauthorized, "invalid-token");
    }

    [Fact]
    public async Task The_token_may_come_in_the_query_for_browsers_event_sources()
    {
        var token = await api.AdminTokenAsync();
        using var client = api.Client(null);
        using var response = await client.GetAsync($"{TenantPath}?access_token={token}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private static string Sign(string key, AccessToken token) =>
        new AccessTokenSigner(Encoding.UTF8.GetBytes(key), TimeProvider.System).Issue(token);
}
