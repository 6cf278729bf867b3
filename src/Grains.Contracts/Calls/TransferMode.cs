using System.Text.Json.Serialization;

namespace Voice.Grains.Contracts.Calls;

/// <summary>
/// How a transfer is made: single-step (the transferring party leaves at once and the destination is rung in its
/// place) or two-step (a consultation with the destination first, then complete or cancel).
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<TransferMode>))]
public enum TransferMode
{
    SingleStep,
    TwoStep,
}
