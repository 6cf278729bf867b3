using Voice.Redis.Protocol;

namespace Voice.Redis.PubSub;

/// <summary>A published message; <see cref="Pattern"/> is set when it matched a PSUBSCRIBE pattern.</summary>
public sealed record RedisChannelMessage(string Channel, RedisValue Payload, string? Pattern = null);
