using System.Net;
using System.Text.Json;
using Voice.Gateway.Tests.Rest;

namespace Voice.Gateway.Tests.Desktop;

/// <summary>An agent's desktop: its bearer token and REST calls under <c>/api/v1/tenants/demo/</c>.</summary>
internal sealed class DesktopAgent : IDisposable
{
    private readonly HttpClient _client;

    private DesktopAgent(string agentId, string token, HttpClient client)
    {
        AgentId = agentId;
        Token = token;
        _client = client;
    }

    public string AgentId { get; }

    public string Token { get; }

    /// <summary>Gets a token (demo password), logs the agent in on <paramref name="dn"/> and makes it Ready (ManualIn).</summary>
    public static async Task<DesktopAgent> LoginReadyAsync(DesktopNode node, string agentId, string dn)
    {
        var token = await node.TokenAsync(agentId, "demo-agent");
        var agent = new DesktopAgent(agentId, token, node.Client(token));
        var loggedIn = await agent.PostAsync($"agents/{agentId}/login", new { dn }, HttpStatusCode.OK);
        Assert.Equal(("NotReady", dn), (loggedIn.GetProperty("status").GetString(), loggedIn.GetProperty("dn").GetString()));
        var ready = await agent.PostAsync($"agents/{agentId}/ready", new { workMode = "ManualIn" }, HttpStatusCode.OK);
        Assert.Equal("Ready", ready.GetProperty("status").GetString());
        return agent;
    }

    /// <summary>Gets a token (demo password) and logs the agent in on <paramref name="dn"/> and <paramref name="queues"/>, NotReady.</summary>
    public static async Task<DesktopAgent> LoginAsync(DesktopNode node, string agentId, string dn, IReadOnlyList<string> queues)
    {
        var token = await node.TokenAsync(agentId, "demo-agent");
        var agent = new DesktopAgent(agentId, token, node.Client(token));
        var loggedIn = await agent.PostAsync($"agents/{agentId}/login", new { dn, queues }, HttpStatusCode.OK);
        Assert.Equal(("NotReady", dn), (loggedIn.GetProperty("status").GetString(), loggedIn.GetProperty("dn").GetString()));
        return agent;
    }

    /// <summary>Makes the agent Ready (ManualIn).</summary>
    public async Task ReadyAsync()
    {
        var ready = await PostAsync($"agents/{AgentId}/ready", new { workMode = "ManualIn" }, HttpStatusCode.OK);
        Assert.Equal("Ready", ready.GetProperty("status").GetString());
    }

    /// <summary>POSTs <paramref name="body"/> (none when null) and asserts the status; returns the JSON answer (undefined when empty).</summary>
    public async Task<JsonElement> PostAsync(string path, object? body, HttpStatusCode expected)
    {
        using var response = await _client.PostAsync(Url(path), body is null ? null : RestJson.Body(body));
        return await ReadAsync(response, expected, "POST " + path);
    }

    /// <summary>DELETEs <paramref name="path"/> and asserts <paramref name="expected"/>; returns the JSON answer (if any).</summary>
    public async Task<JsonElement> DeleteAsync(string path, HttpStatusCode expected)
    {
        using var response = await _client.DeleteAsync(Url(path));
        return await ReadAsync(response, expected, "DELETE " + path);
    }

    /// <summary>GETs <paramref name="path"/> and asserts 200; returns the JSON answer.</summary>
    public async Task<JsonElement> GetAsync(string path)
    {
        using var response = await _client.GetAsync(Url(path));
        return await ReadAsync(response, HttpStatusCode.OK, "GET " + path);
    }

    /// <summary>The agent's live state (<c>GET …/agents/{id}</c>, member <c>state</c>).</summary>
    public async Task<JsonElement> StateAsync() => (await GetAsync($"agents/{AgentId}")).GetProperty("state");

    public void Dispose() => _client.Dispose();

    private static string Url(string path) => $"/api/v1/tenants/{DesktopNode.Tenant}/{path}";

    private static async Task<JsonElement> ReadAsync(HttpResponseMessage response, HttpStatusCode expected, string what)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"{what}: expected {(int)expected}, got {(int)response.StatusCode}: {text}");
        return text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
    }
}
