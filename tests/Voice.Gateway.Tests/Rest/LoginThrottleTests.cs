using System.Net;
using Voice.Testing;

namespace Voice.Gateway.Tests.Rest;

/// <summary>Limits that need a factory of their own (the shared one allows many failures per client).</summary>
public sealed class LoginThrottleTests
{
    private const string TokenPath = "/api/v1/auth/token";

    [Fact]
    public async Task Failures_from_one_client_across_user_names_are_limited_too()
    {
        await using var api = await new RestApiFactory { ConfigureOptions = o => o.MaxFailuresPerClient = 3 }.StartAsync();
        using var client = api.CreateClient();
        for (var i = 0; i < 3; i++)
        {
            using var failed = await client.PostAsync(TokenPath, RestJson.Body(new { tenant = RestTenants.Acme, username = $"guess{i}", password = "x" }));
            Assert.Equal(HttpStatusCode.Unauthorized, failed.StatusCode);
        }

        using var blocked = await client.PostAsync(TokenPath, RestJson.Body(new { tenant = RestTenants.Acme, username = "root", password = RestTenants.AdminPassword }));
        await RestJson.ProblemAsync(blocked, HttpStatusCode.TooManyRequests, "too-many-login-failures");
        Assert.NotNull(blocked.Headers.RetryAfter);
    }

    [Fact]
    public async Task A_locked_user_may_log_in_again_once_the_window_has_passed()
    {
        var clock = new ManualTimeProvider();
        await using var api = await new RestApiFactory { ConfigureOptions = o => o.FailureWindow = TimeSpan.FromMinutes(1), Time = clock }.StartAsync();
        using var client = api.CreateClient();
        for (var i = 0; i < 5; i++)
        {
            using var failed = await client.PostAsync(TokenPath, RestJson.Body(new { tenant = RestTenants.Acme, username = "root", password = "x" }));
        }

        var good = new { tenant = RestTenants.Acme, username = "root", password = RestTenants.AdminPassword };
        using (var blocked = await client.PostAsync(TokenPath, RestJson.Body(good)))
        {
            Assert.Equal(HttpStatusCode.TooManyRequests, blocked.StatusCode);
        }

        clock.Advance(TimeSpan.FromMinutes(1.1));
        using var allowed = await client.PostAsync(TokenPath, RestJson.Body(good));
        Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
    }
}
