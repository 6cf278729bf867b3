using Voice.Redis.Protocol;

namespace Voice.Redis.Connection;

/// <summary>Turns error replies into <see cref="RedisServerException"/>.</summary>
internal static class RedisErrors
{
    public static RedisServerException FromReply(string command, RedisReply reply) =>
        new(command, reply.ErrorPrefix ?? "ERR", reply.AsString() ?? string.Empty);
}
