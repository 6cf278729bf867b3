using System.Net;

namespace Voice.Gateway.Tests.Rest;

public sealed class OpenApiDocumentTests(RestApiFactory api) : IClassFixture<RestApiFactory>
{
    [Fact]
    public async Task The_document_lists_every_rest_endpoint_with_its_request_body()
    {
        using var client = api.CreateClient();
        using var response = await client.GetAsync("/openapi/v1.json");

        var document = await RestJson.JsonAsync(response, HttpStatusCode.OK);
        Assert.StartsWith("3.", document.GetProperty("openapi").GetString(), StringComparison.Ordinal);
        var paths = document.GetProperty("paths");
        foreach (var path in new[]
        {
            "/api/v1/auth/token", "/api/v1/tenants/{tenant}", "/api/v1/tenants/{tenant}/agents/{id}", "/api/v1/tenants/{tenant}/dns/{dn}",
            "/api/v1/tenants/{tenant}/queues/{id}", "/api/v1/tenants/{tenant}/route-points/{dn}", "/api/v1/tenants/{tenant}/events",
            "/api/v1/tenants/{tenant}/ws",
        })
        {
            Assert.True(paths.TryGetProperty(path, out _), $"missing {path}");
        }

        Assert.True(paths.GetProperty("/api/v1/auth/token").GetProperty("post").TryGetProperty("requestBody", out _));
        Assert.True(paths.GetProperty("/api/v1/tenants/{tenant}").GetProperty("put").TryGetProperty("requestBody", out _));
    }
}
