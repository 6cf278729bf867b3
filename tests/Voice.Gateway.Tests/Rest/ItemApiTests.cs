using System.Net;

namespace Voice.Gateway.Tests.Rest;

/// <summary>Agents, DNs, queues and route points: one item at a time, each change validated with the whole tenant.</summary>
public sealed class ItemApiTests(RestApiFactory api) : IClassFixture<RestApiFactory>
{
    private const string Acme = "/api/v1/tenants/acme";

    [Fact]
    public async Task Agent_is_created_read_updated_and_deleted()
    {
        using var client = api.Client(await api.AdminTokenAsync());
        using (var created = await client.PutAsync($"{Acme}/agents/a5", RestJson.Body(new { loginId = "eve", password = "eve-pw", defaultDn = "2003", skills = new { sales = 4 } })))
        {
            var agent = await RestJson.JsonAsync(created, HttpStatusCode.Created);
            Assert.Equal("a5", agent.GetProperty("agentId").GetString());
            Assert.False(agent.TryGetProperty("password", out _));
        }

        await api.TokenAsync(RestTenants.Acme, "eve", "eve-pw");
        using (var updated = await client.PutAsync($"{Acme}/agents/a5", RestJson.Body(new { agentId = "a5", loginId = "eve", skills = new { sales = 9, support = 1 } })))
        {
            var agent = await RestJson.JsonAsync(updated, HttpStatusCode.OK);
            Assert.Equal(9, agent.GetProperty("skills").GetProperty("sales").GetInt32());
        }

        // Updated without a password: the one it had still works.
        await api.TokenAsync(RestTenants.Acme, "eve", "eve-pw");
        using (var read = await client.GetAsync($"{Acme}/agents/a5"))
        {
            var agent = await RestJson.JsonAsync(read, HttpStatusCode.OK);
            Assert.Equal(1, agent.GetProperty("skills").GetProperty("support").GetInt32());
        }

        using var deleted = await client.DeleteAsync($"{Acme}/agents/a5");
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        using var gone = await client.GetAsync($"{Acme}/agents/a5");
        await RestJson.ProblemAsync(gone, HttpStatusCode.NotFound, "not-found");
        using var deletedAgain = await client.DeleteAsync($"{Acme}/agents/a5");
        await RestJson.ProblemAsync(deletedAgain, HttpStatusCode.NotFound, "not-found");
    }

    [Fact]
    public async Task An_item_is_validated_as_part_of_the_whole_configuration()
    {
        using var client = api.Client(await api.AdminTokenAsync());
        using var badDn = await client.PutAsync($"{Acme}/agents/a1", RestJson.Body(new { loginId = "alice", defaultDn = "7000" }));
        using var badLevel = await client.PutAsync($"{Acme}/agents/a1", RestJson.Body(new { loginId = "alice", skills = new { sales = 11 } }));
        using var noPassword = await client.PutAsync($"{Acme}/agents/a7", RestJson.Body(new { loginId = "zed" }));

        Assert.Equal(["agents[0].defaultDn"], RestJson.ErrorPaths(await RestJson.ProblemAsync(badDn, HttpStatusCode.UnprocessableEntity, "validation-failed")));
        Assert.Equal(["agents[0].skills[0].level"], RestJson.ErrorPaths(await RestJson.ProblemAsync(badLevel, HttpStatusCode.UnprocessableEntity, "validation-failed")));
        Assert.Contains("agents[2].password", RestJson.ErrorPaths(await RestJson.ProblemAsync(noPassword, HttpStatusCode.UnprocessableEntity, "validation-failed")));
    }

    [Theory]
    [InlineData("agents/a1", "{\"agentId\":\"a2\"}", "id-mismatch")]
    [InlineData("agents/a1", "{\"skills\":[\"sales\"]}", "wrong-type")]
    [InlineData("agents/a1", "{\"nickname\":\"al\"}", "unknown-field")]
    [InlineData("agents/a1", "{\"loginId\":", "malformed-json")]
    [InlineData("dns/2001", "{\"number\":\"2002\"}", "id-mismatch")]
    [InlineData("dns/2001", "{\"type\":5}", "wrong-type")]
    [InlineData("queues/sales", "{}", "missing-field")]
    [InlineData("queues/sales", "{\"dn\":\"8001\",\"skills\":[]}", "unknown-field")]
    [InlineData("route-points/7000", "{\"defaultTarget\":null}", "null-value")]
    [InlineData("route-points/7000", "{\"defaultTarget\":\"sales\",\"number\":\"7001\"}", "id-mismatch")]
    public async Task Bad_item_bodies_are_400(string item, string json, string slug)
    {
        using var client = api.Client(await api.AdminTokenAsync());
        using var response = await client.PutAsync($"{Acme}/{item}", RestJson.Raw(json));

        await RestJson.ProblemAsync(response, HttpStatusCode.BadRequest, slug);
    }

    [Fact]
    public async Task Dn_is_created_with_a_digest_password_read_without_it_and_deleted()
    {
        using var client = api.Client(await api.AdminTokenAsync());
        using (var created = await client.PutAsync($"{Acme}/dns/2050", RestJson.Body(new { type = "extension", password = "ext-2050" })))
        {
            var dn = await RestJson.JsonAsync(created, HttpStatusCode.Created);
            Assert.Equal("extension", dn.GetProperty("type").GetString());
        }

        using (var read = await client.GetAsync($"{Acme}/dns/2050"))
        {
            var text = (await RestJson.JsonAsync(read, HttpStatusCode.OK)).GetRawText();
            Assert.DoesNotContain("ext-2050", text, StringComparison.Ordinal);
            Assert.DoesNotContain("digest", text, StringComparison.Ordinal);
        }

        using var noSecret = await client.PutAsync($"{Acme}/dns/2051", RestJson.Body(new { type = "extension" }));
        Assert.Equal(["dns[6].digest"], RestJson.ErrorPaths(await RestJson.ProblemAsync(noSecret, HttpStatusCode.UnprocessableEntity, "validation-failed")));
        using var badType = await client.PutAsync($"{Acme}/dns/2051", RestJson.Body(new { type = "fax" }));
        Assert.Equal(["dns[6].type"], RestJson.ErrorPaths(await RestJson.ProblemAsync(badType, HttpStatusCode.UnprocessableEntity, "validation-failed")));
        using var deleted = await client.DeleteAsync($"{Acme}/dns/2050");
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        using var inUse = await client.DeleteAsync($"{Acme}/dns/2001");
        Assert.Contains("agents[0].defaultDn", RestJson.ErrorPaths(await RestJson.ProblemAsync(inUse, HttpStatusCode.UnprocessableEntity, "validation-failed")));
    }

    [Fact]
    public async Task Queue_is_a_virtual_queue_dn_and_cannot_go_while_a_route_point_targets_it()
    {
        using var client = api.Client(await api.AdminTokenAsync());
        using (var read = await client.GetAsync($"{Acme}/queues/sales"))
        {
            Assert.Equal("8001", (await RestJson.JsonAsync(read, HttpStatusCode.OK)).GetProperty("dn").GetString());
        }

        using (var created = await client.PutAsync($"{Acme}/queues/support", RestJson.Body(new { dn = "8002" })))
        {
            Assert.Equal("support", (await RestJson.JsonAsync(created, HttpStatusCode.Created)).GetProperty("queueId").GetString());
        }

        using (var moved = await client.PutAsync($"{Acme}/queues/support", RestJson.Body(new { dn = "8003" })))
        {
            Assert.Equal("8003", (await RestJson.JsonAsync(moved, HttpStatusCode.OK)).GetProperty("dn").GetString());
        }

        using (var oldDn = await client.GetAsync($"{Acme}/dns/8002"))
        {
            await RestJson.ProblemAsync(oldDn, HttpStatusCode.NotFound, "not-found");
        }

        using var onExtension = await client.PutAsync($"{Acme}/queues/billing", RestJson.Body(new { dn = "2001" }));
        await RestJson.ProblemAsync(onExtension, HttpStatusCode.UnprocessableEntity, "validation-failed");
        using var targeted = await client.DeleteAsync($"{Acme}/queues/sales");
        await RestJson.ProblemAsync(targeted, HttpStatusCode.UnprocessableEntity, "validation-failed");
        using var deleted = await client.DeleteAsync($"{Acme}/queues/support");
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
    }

    [Fact]
    public async Task Route_point_is_created_changed_and_deleted()
    {
        using var client = api.Client(await api.AdminTokenAsync());
        using (var created = await client.PutAsync($"{Acme}/route-points/7100", RestJson.Body(new { defaultTarget = "sales" })))
        {
            Assert.Equal("7100", (await RestJson.JsonAsync(created, HttpStatusCode.Created)).GetProperty("number").GetString());
        }

        using (var changed = await client.PutAsync($"{Acme}/route-points/7100", RestJson.Body(new { defaultTarget = "2001" })))
        {
            Assert.Equal("2001", (await RestJson.JsonAsync(changed, HttpStatusCode.OK)).GetProperty("defaultTarget").GetString());
        }

        using var unknownTarget = await client.PutAsync($"{Acme}/route-points/7100", RestJson.Body(new { defaultTarget = "nowhere" }));
        await RestJson.ProblemAsync(unknownTarget, HttpStatusCode.UnprocessableEntity, "validation-failed");
        using var onExtension = await client.PutAsync($"{Acme}/route-points/2001", RestJson.Body(new { defaultTarget = "sales" }));
        await RestJson.ProblemAsync(onExtension, HttpStatusCode.UnprocessableEntity, "validation-failed");
        using var deleted = await client.DeleteAsync($"{Acme}/route-points/7100");
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        using var gone = await client.GetAsync($"{Acme}/route-points/7100");
        await RestJson.ProblemAsync(gone, HttpStatusCode.NotFound, "not-found");
    }

    [Theory]
    [InlineData("agents/a2")] // another agent's: an agent reads only its own (AgentStateApiTests)
    [InlineData("dns/2001")]
    [InlineData("queues/sales")]
    [InlineData("route-points/7000")]
    public async Task Supervisor_reads_items_but_may_not_change_them_and_agents_may_not_read_them(string item)
    {
        using var supervisor = api.Client(await api.SupervisorTokenAsync());
        using var agent = api.Client(await api.AgentTokenAsync());
        using var read = await supervisor.GetAsync($"{Acme}/{item}");
        using var put = await supervisor.PutAsync($"{Acme}/{item}", RestJson.Body(new { }));
        using var delete = await supervisor.DeleteAsync($"{Acme}/{item}");
        using var agentRead = await agent.GetAsync($"{Acme}/{item}");

        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        await RestJson.ProblemAsync(put, HttpStatusCode.Forbidden, "forbidden");
        await RestJson.ProblemAsync(delete, HttpStatusCode.Forbidden, "forbidden");
        await RestJson.ProblemAsync(agentRead, HttpStatusCode.Forbidden, "forbidden");
    }

    [Theory]
    [InlineData("agents/a1")]
    [InlineData("dns/2001")]
    [InlineData("queues/sales")]
    [InlineData("route-points/7000")]
    public async Task Items_of_another_tenant_are_404_for_every_method_and_stay_unchanged(string item)
    {
        using var acmeAdmin = api.Client(await api.AdminTokenAsync());
        using var read = await acmeAdmin.GetAsync($"/api/v1/tenants/globex/{item}");
        using var put = await acmeAdmin.PutAsync($"/api/v1/tenants/globex/{item}", RestJson.Body(new { }));
        using var delete = await acmeAdmin.DeleteAsync($"/api/v1/tenants/globex/{item}");

        await RestJson.ProblemAsync(read, HttpStatusCode.NotFound, "tenant-not-found");
        await RestJson.ProblemAsync(put, HttpStatusCode.NotFound, "tenant-not-found");
        await RestJson.ProblemAsync(delete, HttpStatusCode.NotFound, "tenant-not-found");
        using var globexAdmin = api.Client(await api.TokenAsync(RestTenants.Globex, "root", "globex-admin-pw"));
        using var globex = await globexAdmin.GetAsync("/api/v1/tenants/globex/agents/a1");
        Assert.Equal(HttpStatusCode.OK, globex.StatusCode);
    }
}
