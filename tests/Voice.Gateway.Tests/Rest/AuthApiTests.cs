using System.Net;
using System.Text.Json;

namespace Voice.Gateway.Tests.Rest;

public sealed class AuthApiTests(RestApiFactory api) : IClassFixture<RestApiFactory>
{
    private const string TokenPath = "/api/v1/auth/token";

    [Theory]
    [InlineData("root", RestTenants.AdminPassword, "admin", null)]
    [InlineData("sue", RestTenants.SupervisorPassword, "supervisor", null)]
    [InlineData("alice", RestTenants.AgentPassword, "agent", "a1")]
    public async Task Issues_a_token_with_the_role_of_the_user(string username, string password, string role, string? agentId)
    {
        using var client = api.CreateClient();
        using var response = await client.PostAsync(TokenPath, RestJson.Body(new { tenant = RestTenants.Acme, username, password }));

        var body = await RestJson.JsonAsync(response, HttpStatusCode.OK);
        Assert.Equal("Bearer", body.GetProperty("token_type").GetString());
        Assert.Equal(3600, body.GetProperty("expires_in").GetInt64());
        Assert.Equal(role, body.GetProperty("role").GetString());
        Assert.Equal(RestTenants.Acme, body.GetProperty("tenant").GetString());
        Assert.Equal(agentId, body.TryGetProperty("agent_id", out var agent) ? agent.GetString() : null);
        Assert.Equal(3, body.GetProperty("access_token").GetString()!.Split('.').Length);
    }

    [Theory]
    [InlineData(RestTenants.Acme, "root", "wrong-password")]
    [InlineData(RestTenants.Acme, "nobody", RestTenants.AdminPassword)]
    [InlineData("no-such-tenant", "root", RestTenants.AdminPassword)]
    [InlineData(RestTenants.Globex, "root", RestTenants.AdminPassword)]
    public async Task Wrong_credentials_answer_401_without_saying_which_part_is_wrong(string tenant, string username, string password)
    {
        using var client = api.CreateClient();
        using var response = await client.PostAsync(TokenPath, RestJson.Body(new { tenant, username, password }));

        var problem = await RestJson.ProblemAsync(response, HttpStatusCode.Unauthorized, "invalid-credentials");
        Assert.Equal("the tenant, username or password is wrong", problem.GetProperty("detail").GetString());
    }

    [Theory]
    [InlineData("{\"tenant\":\"acme\",", "malformed-json")]
    [InlineData("[1,2]", "wrong-type")]
    [InlineData("{\"tenant\":\"acme\",\"username\":\"root\",\"password\":\"x\",\"scope\":\"all\"}", "unknown-field")]
    [InlineData("{\"tenant\":\"acme\",\"username\":\"root\",\"password\":5}", "wrong-type")]
    [InlineData("{\"tenant\":\"acme\",\"username\":\"root\"}", "missing-field")]
    [InlineData("{\"tenant\":\"acme\",\"username\":null,\"password\":\"x\"}", "null-value")]
    [InlineData("{\"tenant\":\"\",\"username\":\"root\",\"password\":\"x\"}", "missing-field")]
    public async Task Bad_bodies_are_problems_with_a_specific_type(string json, string slug)
    {
        using var client = api.CreateClient();
        using var response = await client.PostAsync(TokenPath, RestJson.Raw(json));

        await RestJson.ProblemAsync(response, HttpStatusCode.BadRequest, slug);
    }

    [Fact]
    public async Task Problems_name_the_offending_field()
    {
        using var client = api.CreateClient();
        using var unknown = await client.PostAsync(TokenPath, RestJson.Raw("{\"tenant\":\"acme\",\"username\":\"root\",\"password\":\"x\",\"scope\":\"all\"}"));
        using var missing = await client.PostAsync(TokenPath, RestJson.Raw("{\"tenant\":\"acme\",\"password\":\"x\"}"));
        using var wrongType = await client.PostAsync(TokenPath, RestJson.Raw("{\"tenant\":\"acme\",\"username\":[],\"password\":\"x\"}"));

        Assert.Equal(["$.scope"], RestJson.ErrorPaths(await RestJson.ProblemAsync(unknown, HttpStatusCode.BadRequest, "unknown-field")));
        Assert.Equal(["$.username"], RestJson.ErrorPaths(await RestJson.ProblemAsync(missing, HttpStatusCode.BadRequest, "missing-field")));
        Assert.Equal(["$.username"], RestJson.ErrorPaths(await RestJson.ProblemAsync(wrongType, HttpStatusCode.BadRequest, "wrong-type")));
    }

    [Fact]
    public async Task A_body_that_is_not_json_is_415()
    {
        using var client = api.CreateClient();
        using var response = await client.PostAsync(TokenPath, RestJson.Raw("tenant=acme", "application/x-www-form-urlencoded"));

        await RestJson.ProblemAsync(response, HttpStatusCode.UnsupportedMediaType, "unsupported-media-type");
    }

    [Fact]
    public async Task Five_failures_of_one_user_lock_it_out_with_retry_after_even_for_the_right_password()
    {
        using var client = api.CreateClient();
        var wrong = new { tenant = RestTenants.Acme, username = "bob", password = "guess" };
        for (var i = 0; i < 5; i++)
        {
            using var failed = await client.PostAsync(TokenPath, RestJson.Body(wrong));
            Assert.Equal(HttpStatusCode.Unauthorized, failed.StatusCode);
        }

        using var locked = await client.PostAsync(TokenPath, RestJson.Body(new { tenant = RestTenants.Acme, username = "bob", password = RestTenants.AgentPassword }));
        await RestJson.ProblemAsync(locked, HttpStatusCode.TooManyRequests, "too-many-login-failures");
        var retryAfter = locked.Headers.RetryAfter?.Delta;
        Assert.NotNull(retryAfter);
        Assert.InRange(retryAfter.Value.TotalSeconds, 1, 300);

        // Another user of the same tenant is not affected.
        using var other = await client.PostAsync(TokenPath, RestJson.Body(new { tenant = RestTenants.Acme, username = "alice", password = RestTenants.AgentPassword }));
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
    }

    [Fact]
    public async Task Passwords_and_tokens_never_appear_in_the_log()
    {
        using var client = api.CreateClient();
        using var failed = await client.PostAsync(TokenPath, RestJson.Body(new { tenant = RestTenants.Acme, username = "root", password = "a-secret-guess" }));
        var token = await api.AdminTokenAsync();

        Assert.Contains(api.Logs.Lines, line => line.Contains("Login failed", StringComparison.Ordinal));
        Assert.Contains(api.Logs.Lines, line => line.Contains("Token issued", StringComparison.Ordinal));
        Assert.DoesNotContain(api.Logs.Lines, line => line.Contains("a-secret-guess", StringComparison.Ordinal)
            || line.Contains(RestTenants.AdminPassword, StringComparison.Ordinal)
            || line.Contains(token, StringComparison.Ordinal));
    }
}
