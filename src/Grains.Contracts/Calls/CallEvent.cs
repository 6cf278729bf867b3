using System.Text.Json.Serialization;

namespace Voice.Grains.Contracts.Calls;

/// <summary>
/// A call event on stream <c>voice-callthread</c>, key <c>{tenant}:{callthread}</c>, in the TLib-style shape of the
/// platform's event model: <c>id</c> (EventRinging …), the party it concerns (<c>ThisDN</c> with its role) and the
/// other one, the call's ids, <c>time</c>, and a per-key <c>seq</c> so consumers can order and de-duplicate.
/// </summary>
public sealed record CallEvent(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("CustomerID")] string CustomerId,
    [property: JsonPropertyName("CallThreadID")] string CallThreadId,
    [property: JsonPropertyName("ConnID")] string ConnId,
    [property: JsonPropertyName("CallID")] string CallId,
    [property: JsonPropertyName("CallType")] string CallType,
    [property: JsonPropertyName("ThisDN")] string ThisDn,
    [property: JsonPropertyName("ThisDNRole")] string ThisDnRole,
    [property: JsonPropertyName("OtherDN")] string? OtherDn,
    [property: JsonPropertyName("OtherDNRole")] string? OtherDnRole,
    [property: JsonPropertyName("ThisQueue"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? ThisQueue,
    [property: JsonPropertyName("AgentID"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? AgentId,
    [property: JsonPropertyName("UserData")] IReadOnlyDictionary<string, string> UserData,
    [property: JsonPropertyName("Reasons"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyDictionary<string, string>? Reasons,
    [property: JsonPropertyName("Extensions"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyDictionary<string, string>? Extensions,
    [property: JsonPropertyName("time")] DateTimeOffset Time,
    [property: JsonPropertyName("seq")] long Seq)
{
    public const string Stream = "voice-callthread";
}
