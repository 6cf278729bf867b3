using System.Text.Json.Serialization;

namespace Voice.Grains.Contracts.Tenancy;

/// <summary>What a directory number is: a phone (extension), a routing entry point, or a queue calls wait in.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<DnType>))]
public enum DnType
{
    Extension,
    RoutePoint,
    VirtualQueue,
}
