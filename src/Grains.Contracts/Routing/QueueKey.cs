namespace Voice.Grains.Contracts.Routing;

/// <summary>Builds and splits Queue grain keys <c>{tenant}:{queueId}</c> (tenant ids never contain ':').</summary>
public static class QueueKey
{
    public static string For(string tenantId, string queueId) => tenantId + ":" + queueId;

    public static (string TenantId, string QueueId) Split(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var colon = key.IndexOf(':', StringComparison.Ordinal);
        return colon < 0 ? (string.Empty, key) : (key[..colon], key[(colon + 1)..]);
    }
}
