using System.Text.Json.Serialization;

namespace Voice.Grains.Contracts.Calls;

/// <summary>Where a call thread is: alerting the destination, connected, or over.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<CallPhase>))]
public enum CallPhase
{
    None,
    Alerting,
    Established,
    Released,
}
