using Voice.Runtime;

namespace Voice.Grains.Contracts.Tenancy;

/// <summary>
/// Cluster-wide map from SIP domains and trunk source addresses to tenant ids, kept by the tenant grains as they
/// apply configurations. One instance, key <see cref="TenantDirectory.Key"/>.
/// </summary>
[GrainType("tenantdirectory")]
public interface ITenantDirectoryGrain : IGrainWithStringKey
{
    /// <summary>
    /// Replaces what the directory holds for <c>entry.TenantId</c>. Rejected (errors, nothing changed) when another
    /// tenant holds the domain or an overlapping network.
    /// </summary>
    Task<IReadOnlyList<ConfigError>> UpdateTenantAsync(TenantDirectoryEntry entry);

    /// <summary>The tenant owning <paramref name="domain"/> (case-insensitive), or null.</summary>
    Task<string?> FindByDomainAsync(string domain);

    /// <summary>The tenant with a trunk network containing <paramref name="sourceAddress"/> (IPv4 or IPv6), or null.</summary>
    Task<string?> FindBySourceAddressAsync(string sourceAddress);
}
