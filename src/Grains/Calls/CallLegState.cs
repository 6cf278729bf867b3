using System.Text.Json.Serialization;

namespace Voice.Grains.Calls;

/// <summary>
/// Where one leg's dialog is. Callee legs go Inviting → Early (a provisional with a tag) → Confirmed, or end Failed
/// (a final non-2xx) or Cancelled (we gave up on them); the caller's leg is Early until answered. Terminated = BYE sent
/// or received.
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<CallLegState>))]
public enum CallLegState
{
    Inviting,
    Early,
    Confirmed,
    Failed,
    Cancelled,
    Terminated,
}
