namespace Voice.Grains.Contracts.Tenancy;

/// <summary>
/// An agent: a stable <see cref="AgentId"/> (used in events), the <see cref="LoginId"/> typed on the desktop,
/// the salted password hash, skills, and the DN the agent logs in on unless told otherwise.
/// </summary>
public sealed record AgentConfig(
    string AgentId,
    string LoginId,
    PasswordHash Password,
    IReadOnlyList<AgentSkill> Skills,
    string? DefaultDn = null);
