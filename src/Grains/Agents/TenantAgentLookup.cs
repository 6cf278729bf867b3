using Voice.Grains.Contracts.Tenancy;

namespace Voice.Grains.Agents;

/// <summary>The facts about a tenant's configuration an agent request is checked against.</summary>
public static class TenantAgentLookup
{
    public static AgentConfig? FindAgent(TenantConfig config, string agentId) =>
        config.Agents.FirstOrDefault(a => string.Equals(a.AgentId, agentId, StringComparison.Ordinal));

    public static bool IsExtension(TenantConfig config, string dn) =>
        config.Dns.Any(d => d.Type == DnType.Extension && string.Equals(d.Number, dn, StringComparison.Ordinal));

    /// <summary>The queue ids agents can log in to: those the tenant's virtual queues carry.</summary>
    public static HashSet<string> QueueIds(TenantConfig config) =>
        [.. config.Dns.Where(d => d.Type == DnType.VirtualQueue && d.QueueId is not null).Select(d => d.QueueId!)];
}
