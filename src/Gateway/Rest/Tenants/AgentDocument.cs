using Voice.Grains.Contracts.Tenancy;

namespace Voice.Gateway.Rest.Tenants;

/// <summary>An agent: <see cref="LoginId"/> defaults to the agent id; skills map a name to a level 1-10.</summary>
public sealed record AgentDocument(
    string? AgentId = null,
    string? LoginId = null,
    string? Password = null,
    PasswordHash? PasswordHash = null,
    string? DefaultDn = null,
    IReadOnlyDictionary<string, int>? Skills = null)
{
    public override string ToString() => $"AgentDocument({AgentId}, {LoginId}, secret redacted)";
}
