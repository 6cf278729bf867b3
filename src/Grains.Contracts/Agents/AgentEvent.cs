using System.Text.Json.Serialization;

namespace Voice.Grains.Contracts.Agents;

/// <summary>
/// An agent event on stream <c>voice-agentstate</c>, key <c>{tenant}:{agentId}</c>, in the TLib-style shape of the
/// platform's event model. <c>ThisQueue</c> is set when the agent is in exactly one queue (TLib reports per queue);
/// <c>Queues</c> always lists them all. <c>Reasons</c> carries the agent's <c>ReasonCode</c> and, for changes the
/// platform made on its own, a <c>Cause</c>; <c>Extensions</c> carries <c>ForwardTo</c> for forwarding events.
/// </summary>
public sealed record AgentEvent(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("CustomerID")] string CustomerId,
    [property: JsonPropertyName("AgentID")] string AgentId,
    [property: JsonPropertyName("ThisDN"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? ThisDn,
    [property: JsonPropertyName("AgentWorkMode")] AgentWorkMode AgentWorkMode,
    [property: JsonPropertyName("ThisQueue"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? ThisQueue,
    [property: JsonPropertyName("Queues"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<string>? Queues,
    [property: JsonPropertyName("Reasons"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyDictionary<string, string>? Reasons,
    [property: JsonPropertyName("Extensions"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyDictionary<string, string>? Extensions,
    [property: JsonPropertyName("time")] DateTimeOffset Time,
    [property: JsonPropertyName("seq")] long Seq)
{
    public const string Stream = "voice-agentstate";
}
