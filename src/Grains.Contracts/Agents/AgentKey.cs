namespace Voice.Grains.Contracts.Agents;

/// <summary>Builds and splits Agent grain keys <c>{tenant}:{agentId}</c> (tenant ids never contain ':').</summary>
public static class AgentKey
{
    public static string For(string tenantId, string agentId) => tenantId + ":" + agentId;

    public static (string TenantId, string AgentId) Split(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var colon = key.IndexOf(':', StringComparison.Ordinal);
        return colon < 0 ? (string.Empty, key) : (key[..colon], key[(colon + 1)..]);
    }
}
