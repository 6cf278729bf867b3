using System.Text.Json.Serialization;

namespace Voice.Gateway.Rest.Auth;

/// <summary>An issued bearer token (OAuth 2.0 token response field names, RFC 6749 §5.1) and what it is for.</summary>
public sealed record TokenResponse(
    [property: JsonPropertyName("access_token")] string AccessToken,
    [property: JsonPropertyName("token_type")] string TokenType,
    [property: JsonPropertyName("expires_in")] long ExpiresIn,
    [property: JsonPropertyName("tenant")] string Tenant,
    [property: JsonPropertyName("role")] string Role,
    [property: JsonPropertyName("agent_id")] string? AgentId);
