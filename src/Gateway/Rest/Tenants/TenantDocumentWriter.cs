using Voice.Grains.Contracts.Tenancy;

namespace Voice.Gateway.Rest.Tenants;

/// <summary>Configuration → JSON documents, leaving every secret out.</summary>
internal static class TenantDocumentWriter
{
    public static TenantDocument Write(TenantConfig config) => new(
        config.SipDomain,
        config.TenantId,
        [.. config.Dns.Select(Write)],
        [.. config.Agents.Select(Write)],
        [.. config.Trunks.Select(t => new TrunkDocument(t.Name, t.SourceAcl, t.AllowedPatterns, t.Target))],
        [.. config.DialPlan.Select(r => new DialPlanRuleDocument(r.Pattern, r.Order, r.Translation, r.Scope == CallScope.External ? "external" : "internal"))],
        [.. config.Admins.Select(a => new AdminDocument(a.Name, Role: a.Role == AdminRole.Admin ? "admin" : "supervisor"))],
        config.Version,
        config.AfterCallWorkSec);

    public static DnDocument Write(DnConfig dn) => new(
        dn.Number,
        DnTypes.Name(dn.Type),
        DefaultTarget: dn.DefaultTarget,
        QueueId: dn.QueueId,
        Selection: dn.Selection,
        RingTimeoutSec: dn.RingTimeoutSec,
        NotReadyOnNoAnswer: dn.NotReadyOnNoAnswer,
        Strategy: dn.Strategy);

    public static AgentDocument Write(AgentConfig agent) => new(
        agent.AgentId,
        agent.LoginId,
        DefaultDn: agent.DefaultDn,
        Skills: agent.Skills.ToDictionary(s => s.Name, s => s.Level, StringComparer.Ordinal));
}
