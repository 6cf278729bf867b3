using System.Text.Json.Serialization;

namespace Voice.Gateway.Rest.Events;

/// <summary>
/// A control message to the desktop: <c>subscribed</c> (with the position the subscription starts at),
/// <c>unsubscribed</c>, or <c>error</c> (with a title and detail like a problem). Events have their own envelope.
/// </summary>
public sealed record WebSocketServerMessage(
    string Type,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? Subscription = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Topic = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? AgentId = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] long? From = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Title = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Detail = null);
