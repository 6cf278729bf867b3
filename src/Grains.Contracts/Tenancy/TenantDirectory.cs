using Voice.Runtime;

namespace Voice.Grains.Contracts.Tenancy;

/// <summary>Where the single tenant directory grain lives.</summary>
public static class TenantDirectory
{
    public const string Key = "directory";

    public static ITenantDirectoryGrain Get(IGrainFactory grainFactory)
    {
        ArgumentNullException.ThrowIfNull(grainFactory);
        return grainFactory.GetGrain<ITenantDirectoryGrain>(Key);
    }
}
