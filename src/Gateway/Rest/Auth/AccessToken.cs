using System.Text.Json.Serialization;

namespace Voice.Gateway.Rest.Auth;

/// <summary>
/// What a bearer token says once its signature and expiry are checked: one tenant, one role, the user name, and for an
/// agent its agent id and default DN (the DN its call events are matched by). Times are Unix seconds (JWT claims).
/// </summary>
internal sealed record AccessToken(
    [property: JsonPropertyName("tenant")] string Tenant,
    [property: JsonPropertyName("role")] string Role,
    [property: JsonPropertyName("sub")] string Subject,
    [property: JsonPropertyName("iat")] long IssuedAt,
    [property: JsonPropertyName("exp")] long ExpiresAt,
    [property: JsonPropertyName("agent_id")] string? AgentId = null,
    [property: JsonPropertyName("dn")] string? Dn = null);
