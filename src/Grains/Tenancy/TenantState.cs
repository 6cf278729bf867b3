using Voice.Grains.Contracts.Tenancy;

namespace Voice.Grains.Tenancy;

/// <summary>The persisted state of a tenant grain: the configuration in force (null before the first apply).</summary>
public sealed class TenantState
{
    public TenantConfig? Config { get; set; }
}
