using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Voice.Silo.Tests.Processes;

/// <summary>The REST gateway on a real node's public HTTP port, and tokens shared by nodes given the same --token-key.</summary>
[Collection(SiloProcessCollection.Name)]
public sealed class RestNodeTests : IDisposable
{
    private const string SharedKey = "rest-node-tests-shared-token-key-0123456789";
    private readonly string _directory = Directory.CreateTempSubdirectory("voice-silo-rest-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public async Task Node_IssuesTokens_ServesTheApiAndOpenApi_AndANodeWithTheSameKeyAcceptsThem_OneWithoutDoesNot()
    {
        var tenant = TestTenants.Write(_directory, "t.yaml", TenantWithAdmin());
        await using var first = await SiloProcess.StartAsync("rest-1", tenant, null, "--token-key", SharedKey);
        await using var second = await SiloProcess.StartAsync("rest-2", tenant, null, "--token-key", SharedKey);
        await using var other = await SiloProcess.StartAsync("rest-3", tenant);

        using var issued = await first.Http.PostAsJsonAsync("/api/v1/auth/token", new { tenant = "r1", username = "boss", password = "boss-pw" });
        Assert.Equal(HttpStatusCode.OK, issued.StatusCode);
        var token = (await issued.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("access_token").GetString()!;

        Assert.Equal(HttpStatusCode.OK, (await GetAsync(first, token)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await GetAsync(second, token)).StatusCode);
        var refused = await GetAsync(other, token);
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        var openApi = await first.GetJsonAsync("/openapi/v1.json");
        Assert.True(openApi.GetProperty("paths").TryGetProperty("/api/v1/tenants/{tenant}/agents/{id}", out _));
    }

    private static async Task<HttpResponseMessage> GetAsync(SiloProcess node, string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/tenants/r1");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await node.Http.SendAsync(request);
    }

    private static string TenantWithAdmin() =>
        TestTenants.Yaml("r1") + "admins:\n  - { name: boss, password: boss-pw, role: admin }\n";
}
