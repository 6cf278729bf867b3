using System.Text.Json.Serialization;

namespace Voice.Grains.Contracts.Tenancy;

/// <summary>
/// Where dialled digits lead. <see cref="NotFound"/> maps to SIP 404; <see cref="Forbidden"/> (a trunk calling a
/// number it may not, or an external number) to 403.
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<DestinationKind>))]
public enum DestinationKind
{
    NotFound,
    Forbidden,
    Extension,
    RoutePoint,
    VirtualQueue,
    External,
}
