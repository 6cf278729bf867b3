using System.Text.Json.Serialization;

namespace Voice.Grains.Contracts.Registrar;

/// <summary>
/// EventDNBackInService / EventDNOutOfService on stream <c>voice-agentstate</c>, key <c>{tenant}:{dn}</c>, in the
/// TLib-style JSON shape of the platform's event model (<c>id</c>, <c>CustomerID</c>, <c>ThisDN</c>, <c>time</c>,
/// per-key <c>seq</c>, <c>Reasons</c>).
/// </summary>
public sealed record DnServiceEvent(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("CustomerID")] string CustomerId,
    [property: JsonPropertyName("ThisDN")] string ThisDn,
    [property: JsonPropertyName("time")] DateTimeOffset Time,
    [property: JsonPropertyName("seq")] long Seq,
    [property: JsonPropertyName("Reasons")] IReadOnlyDictionary<string, string>? Reasons = null)
{
    public const string Stream = "voice-agentstate";

    public const string BackInService = "EventDNBackInService";

    public const string OutOfService = "EventDNOutOfService";
}
