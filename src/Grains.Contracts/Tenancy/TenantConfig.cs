namespace Voice.Grains.Contracts.Tenancy;

/// <summary>
/// Everything a tenant is made of: its SIP domain, directory numbers, agents, trunks, dial plan and administrators.
/// Held by the tenant grain (key = <see cref="TenantId"/>); <see cref="Version"/> is assigned by the grain on apply,
/// the value a caller sends is ignored. <see cref="AfterCallWorkSec"/> is the tenant's after-call work after each call
/// (null: the node's default).
/// </summary>
public sealed record TenantConfig(
    string TenantId,
    string SipDomain,
    IReadOnlyList<DnConfig> Dns,
    IReadOnlyList<AgentConfig> Agents,
    IReadOnlyList<TrunkConfig> Trunks,
    IReadOnlyList<DialPlanRule> DialPlan,
    IReadOnlyList<AdminUser> Admins,
    long Version = 0,
    int? AfterCallWorkSec = null);
