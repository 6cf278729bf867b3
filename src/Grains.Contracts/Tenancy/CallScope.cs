using System.Text.Json.Serialization;

namespace Voice.Grains.Contracts.Tenancy;

/// <summary>Where a dial-plan rule sends a call: to a DN of the tenant, or out to a trunk as an external number.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<CallScope>))]
public enum CallScope
{
    Internal,
    External,
}
