namespace Voice.Gateway.Rest.Tenants;

/// <summary>
/// The whole tenant configuration as JSON, in the YAML file's shape (docs/tenancy.md). Secrets are write-only: a
/// GET never returns passwords, hashes or digests; a PUT takes clear text (hashed on arrival) or a hash, and an
/// item sent without either keeps the secret it has. <see cref="Version"/> is read-only (ignored on PUT).
/// </summary>
public sealed record TenantDocument(
    string SipDomain,
    string? TenantId = null,
    IReadOnlyList<DnDocument>? Dns = null,
    IReadOnlyList<AgentDocument>? Agents = null,
    IReadOnlyList<TrunkDocument>? Trunks = null,
    IReadOnlyList<DialPlanRuleDocument>? DialPlan = null,
    IReadOnlyList<AdminDocument>? Admins = null,
    long? Version = null,
    int? AfterCallWorkSec = null);
