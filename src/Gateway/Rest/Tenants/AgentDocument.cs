using Voice.Gateway.Rest.Agents;
using Voice.Grains.Contracts.Tenancy;

namespace Voice.Gateway.Rest.Tenants;

/// <summary>
/// An agent: <see cref="LoginId"/> defaults to the agent id; skills map a name to a level 1-10. <see cref="State"/> is
/// the live state, filled by <c>GET …/agents/{id}</c> only; a PUT accepts it and ignores it (state changes through the
/// agent actions), so a read document can be edited and sent back as it is.
/// </summary>
public sealed record AgentDocument(
    string? AgentId = null,
    string? LoginId = null,
    string? Password = null,
    PasswordHash? PasswordHash = null,
    string? DefaultDn = null,
    IReadOnlyDictionary<string, int>? Skills = null,
    AgentStateDocument? State = null)
{
    public override string ToString() => $"AgentDocument({AgentId}, {LoginId}, secret redacted)";
}
