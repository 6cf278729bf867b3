using Voice.Grains.Contracts.Tenancy;

namespace Voice.Grains.Tenancy;

/// <summary>The persisted state of the tenant directory: one entry per tenant that applied a configuration.</summary>
public sealed class TenantDirectoryState
{
    public List<TenantDirectoryEntry> Tenants { get; set; } = [];
}
