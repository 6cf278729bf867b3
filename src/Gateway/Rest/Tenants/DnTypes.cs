using Voice.Grains.Contracts.Tenancy;

namespace Voice.Gateway.Rest.Tenants;

/// <summary>The DN type names of the YAML file, also used in JSON.</summary>
internal static class DnTypes
{
    public const string Extension = "extension";
    public const string RoutePoint = "route-point";
    public const string VirtualQueue = "virtual-queue";

    public static string Name(DnType type) => type switch
    {
        DnType.RoutePoint => RoutePoint,
        DnType.VirtualQueue => VirtualQueue,
        _ => Extension,
    };

    public static DnType? Parse(string? name) => name?.ToLowerInvariant() switch
    {
        null or Extension => DnType.Extension,
        RoutePoint => DnType.RoutePoint,
        VirtualQueue => DnType.VirtualQueue,
        _ => null,
    };
}
