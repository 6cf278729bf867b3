namespace Voice.Gateway.Rest.Events;

/// <summary>
/// What a desktop sends over the WebSocket: <c>{"type":"subscribe","topic":T,"agentId"?:ID,"from"?:N}</c> or
/// <c>{"type":"unsubscribe","subscription":S}</c>.
/// </summary>
public sealed record WebSocketClientMessage(string Type, string? Topic = null, string? AgentId = null, long? From = null, int? Subscription = null);
