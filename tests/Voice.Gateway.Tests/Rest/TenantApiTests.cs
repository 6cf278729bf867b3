using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Voice.Gateway.Tests.Rest;

public sealed class TenantApiTests(RestApiFactory api) : IClassFixture<RestApiFactory>
{
    private const string AcmePath = "/api/v1/tenants/acme";

    [Fact]
    public async Task Admin_gets_the_whole_document_without_any_secret()
    {
        using var client = api.Client(await api.AdminTokenAsync());
        using var response = await client.GetAsync(AcmePath);

        var document = await RestJson.JsonAsync(response, HttpStatusCode.OK);
        Assert.Equal("acme", document.GetProperty("tenantId").GetString());
        Assert.Equal("acme.test", document.GetProperty("sipDomain").GetString());
        Assert.Equal(5, document.GetProperty("dns").GetArrayLength());
        Assert.Equal("alice", document.GetProperty("agents")[0].GetProperty("loginId").GetString());
        Assert.Equal("supervisor", document.GetProperty("admins")[1].GetProperty("role").GetString());
        var text = document.GetRawText();
        Assert.DoesNotContain("password", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("digest", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("hash", text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Supervisor_may_read_but_not_change()
    {
        using var client = api.Client(await api.SupervisorTokenAsync());
        using var get = await client.GetAsync(AcmePath);
        var document = await RestJson.JsonAsync(get, HttpStatusCode.OK);
        using var put = await client.PutAsync(AcmePath, RestJson.Raw(document.GetRawText()));

        await RestJson.ProblemAsync(put, HttpStatusCode.Forbidden, "forbidden");
    }

    [Fact]
    public async Task Agent_may_not_read_the_configuration()
    {
        using var client = api.Client(await api.AgentTokenAsync());
        using var response = await client.GetAsync(AcmePath);

        await RestJson.ProblemAsync(response, HttpStatusCode.Forbidden, "forbidden");
    }

    [Fact]
    public async Task Another_tenant_answers_exactly_like_a_tenant_that_does_not_exist()
    {
        using var client = api.Client(await api.AdminTokenAsync());
        using var other = await client.GetAsync("/api/v1/tenants/globex");
        using var missing = await client.GetAsync("/api/v1/tenants/no-such-tenant");
        using var otherPut = await client.PutAsync("/api/v1/tenants/globex", RestJson.Body(new { sipDomain = "x.test" }));

        var a = await RestJson.ProblemAsync(other, HttpStatusCode.NotFound, "tenant-not-found");
        var b = await RestJson.ProblemAsync(missing, HttpStatusCode.NotFound, "tenant-not-found");
        await RestJson.ProblemAsync(otherPut, HttpStatusCode.NotFound, "tenant-not-found");
        Assert.Equal(a.GetProperty("title").GetString(), b.GetProperty("title").GetString());
    }

    [Fact]
    public async Task A_document_read_and_put_back_keeps_every_secret_and_raises_the_version()
    {
        using var client = api.Client(await api.AdminTokenAsync());
        using var get = await client.GetAsync(AcmePath);
        var before = await RestJson.JsonAsync(get, HttpStatusCode.OK);
        using var put = await client.PutAsync(AcmePath, RestJson.Raw(before.GetRawText()));

        var after = await RestJson.JsonAsync(put, HttpStatusCode.OK);
        Assert.True(after.GetProperty("version").GetInt64() > before.GetProperty("version").GetInt64());
        // The password hashes were kept: everyone can still log in.
        await api.AgentTokenAsync();
        await api.SupervisorTokenAsync();
        await api.AdminTokenAsync();
    }

    [Fact]
    public async Task Clear_text_passwords_in_a_put_are_hashed_and_work_for_login()
    {
        using var client = api.Client(await api.AdminTokenAsync());
        var document = await GetDocumentAsync(client);
        var agents = document["agents"]!.AsArray();
        agents.Add(new JsonObject { ["agentId"] = "a9", ["loginId"] = "nina", ["password"] = "nina-pw", ["defaultDn"] = "2003", ["skills"] = new JsonObject { ["sales"] = 2 } });
        using var put = await client.PutAsync(AcmePath, RestJson.Raw(document.ToJsonString()));
        var stored = await RestJson.JsonAsync(put, HttpStatusCode.OK);

        Assert.DoesNotContain("nina-pw", stored.GetRawText(), StringComparison.Ordinal);
        await api.TokenAsync(RestTenants.Acme, "nina", "nina-pw");
    }

    [Fact]
    public async Task An_invalid_configuration_is_422_listing_every_error_with_its_path_and_nothing_changes()
    {
        using var client = api.Client(await api.AdminTokenAsync());
        var document = await GetDocumentAsync(client);
        document["agents"]![0]!["defaultDn"] = "9999";
        document["dns"]![3]!["defaultTarget"] = "no-such-queue";
        using var put = await client.PutAsync(AcmePath, RestJson.Raw(document.ToJsonString()));

        var problem = await RestJson.ProblemAsync(put, HttpStatusCode.UnprocessableEntity, "validation-failed");
        var paths = RestJson.ErrorPaths(problem);
        Assert.Contains("agents[0].defaultDn", paths);
        Assert.Contains("dns[3].defaultTarget", paths);
        Assert.All(problem.GetProperty("errors").EnumerateArray(), e => Assert.False(string.IsNullOrEmpty(e.GetProperty("code").GetString())));
        var unchanged = await GetDocumentAsync(client);
        Assert.Equal("2001", unchanged["agents"]![0]!["defaultDn"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_document_for_another_tenant_id_is_refused()
    {
        using var client = api.Client(await api.AdminTokenAsync());
        var document = await GetDocumentAsync(client);
        document["tenantId"] = "globex";
        using var put = await client.PutAsync(AcmePath, RestJson.Raw(document.ToJsonString()));

        var problem = await RestJson.ProblemAsync(put, HttpStatusCode.UnprocessableEntity, "validation-failed");
        Assert.Equal(["tenantId"], RestJson.ErrorPaths(problem));
    }

    [Theory]
    [InlineData("{\"sipDomain\":\"acme.test\",\"dns\":[{\"number\":\"2001\",\"colour\":\"red\"}]}", "unknown-field", "$.dns[0].colour")]
    [InlineData("{\"sipDomain\":\"acme.test\",\"dns\":{\"number\":\"2001\"}}", "wrong-type", "$.dns")]
    [InlineData("{\"sipDomain\":\"acme.test\",\"agents\":[{\"agentId\":\"a1\",\"skills\":{\"sales\":\"high\"}}]}", "wrong-type", "$.agents[0].skills.sales")]
    [InlineData("{\"dns\":[]}", "missing-field", "$.sipDomain")]
    public async Task Bad_documents_are_400_naming_the_field(string json, string slug, string path)
    {
        using var client = api.Client(await api.AdminTokenAsync());
        using var put = await client.PutAsync(AcmePath, RestJson.Raw(json));

        var problem = await RestJson.ProblemAsync(put, HttpStatusCode.BadRequest, slug);
        Assert.Equal([path], RestJson.ErrorPaths(problem));
    }

    [Fact]
    public async Task Malformed_json_is_400()
    {
        using var client = api.Client(await api.AdminTokenAsync());
        using var put = await client.PutAsync(AcmePath, RestJson.Raw("{\"sipDomain\": acme}"));

        await RestJson.ProblemAsync(put, HttpStatusCode.BadRequest, "malformed-json");
    }

    [Fact]
    public async Task Unknown_paths_and_methods_under_the_api_are_problems_too()
    {
        using var client = api.Client(await api.AdminTokenAsync());
        using var unknown = await client.GetAsync("/api/v1/tenants/acme/nothing-here");
        using var method = await client.PostAsync(AcmePath, RestJson.Body(new { }));

        await RestJson.ProblemAsync(unknown, HttpStatusCode.NotFound, "no-such-endpoint");
        await RestJson.ProblemAsync(method, HttpStatusCode.MethodNotAllowed, "method-not-allowed");
    }

    private static async Task<JsonNode> GetDocumentAsync(HttpClient client)
    {
        using var response = await client.GetAsync(AcmePath);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }
}
