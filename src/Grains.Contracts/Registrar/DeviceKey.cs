namespace Voice.Grains.Contracts.Registrar;

/// <summary>Builds and splits Device grain keys <c>{tenant}:{dn}</c> (tenant ids never contain ':').</summary>
public static class DeviceKey
{
    public static string For(string tenantId, string dn) => tenantId + ":" + dn;

    public static (string TenantId, string Dn) Split(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var colon = key.IndexOf(':', StringComparison.Ordinal);
        return colon < 0 ? (string.Empty, key) : (key[..colon], key[(colon + 1)..]);
    }
}
