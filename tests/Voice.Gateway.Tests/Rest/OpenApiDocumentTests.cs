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

    [Theory]
    [InlineData("/api/v1/tenants/{tenant}/agents/{agentId}/login", "post", "LoginAgent")]
    [InlineData("/api/v1/tenants/{tenant}/agents/{agentId}/ready", "post", "AgentReady")]
    [InlineData("/api/v1/tenants/{tenant}/agents/{agentId}/not-ready", "post", "AgentNotReady")]
    [InlineData("/api/v1/tenants/{tenant}/agents/{agentId}/logout", "post", "LogoutAgent")]
    [InlineData("/api/v1/tenants/{tenant}/agents/{agentId}/dnd-on", "post", "AgentDndOn")]
    [InlineData("/api/v1/tenants/{tenant}/agents/{agentId}/dnd-off", "post", "AgentDndOff")]
    [InlineData("/api/v1/tenants/{tenant}/agents/{agentId}/forward", "post", "SetAgentForward")]
    [InlineData("/api/v1/tenants/{tenant}/agents/{agentId}/forward", "delete", "CancelAgentForward")]
    [InlineData("/api/v1/tenants/{tenant}/calls", "post", "MakeCall")]
    [InlineData("/api/v1/tenants/{tenant}/calls/{callId}", "get", "GetCall")]
    [InlineData("/api/v1/tenants/{tenant}/calls/{callId}/answer", "post", "AnswerCall")]
    [InlineData("/api/v1/tenants/{tenant}/calls/{callId}/hold", "post", "HoldCall")]
    [InlineData("/api/v1/tenants/{tenant}/calls/{callId}/retrieve", "post", "RetrieveCall")]
    [InlineData("/api/v1/tenants/{tenant}/calls/{callId}/release", "post", "ReleaseCall")]
    [InlineData("/api/v1/tenants/{tenant}/calls/{callId}/transfer", "post", "TransferCall")]
    [InlineData("/api/v1/tenants/{tenant}/calls/{callId}/transfer/complete", "post", "CompleteTransfer")]
    [InlineData("/api/v1/tenants/{tenant}/calls/{callId}/transfer/cancel", "post", "CancelTransfer")]
    [InlineData("/api/v1/tenants/{tenant}/calls/{callId}/conference", "post", "ConferenceCall")]
    [InlineData("/api/v1/tenants/{tenant}/calls/{callId}/conference/complete", "post", "CompleteConference")]
    [InlineData("/api/v1/tenants/{tenant}/calls/{callId}/conference/cancel", "post", "CancelConference")]
    [InlineData("/api/v1/tenants/{tenant}/calls/{callId}/parties/{party}", "delete", "RemoveCallParty")]
    [InlineData("/api/v1/tenants/{tenant}/calls/{callId}/user-data", "put", "ReplaceCallUserData")]
    [InlineData("/api/v1/tenants/{tenant}/calls/{callId}/user-data", "patch", "MergeCallUserData")]
    [InlineData("/api/v1/tenants/{tenant}/calls/{callId}/user-data", "delete", "DeleteCallUserData")]
    public async Task Every_desktop_operation_is_named_and_summarised(string path, string method, string operationId)
    {
        using var client = api.CreateClient();
        using var response = await client.GetAsync("/openapi/v1.json");

        var document = await RestJson.JsonAsync(response, HttpStatusCode.OK);
        Assert.True(document.GetProperty("paths").TryGetProperty(path, out var item), $"missing {path}");
        Assert.True(item.TryGetProperty(method, out var operation), $"missing {method} {path}");
        Assert.Equal(operationId, operation.GetProperty("operationId").GetString());
        Assert.False(string.IsNullOrEmpty(operation.GetProperty("summary").GetString()));
    }
}
