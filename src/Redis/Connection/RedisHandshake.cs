using Voice.Redis.Protocol;

namespace Voice.Redis.Connection;

/// <summary>
/// Prepares a fresh socket: HELLO 3 (carrying AUTH and SETNAME) when RESP3 is wanted, falling back to RESP2
/// with separate AUTH / CLIENT SETNAME when the server refuses HELLO; then SELECT.
/// </summary>
internal static class RedisHandshake
{
    public static async Task<RedisProtocolVersion> RunAsync(RedisSocket socket, RedisClientOptions options, CancellationToken cancellationToken)
    {
        if (options.Protocol == RedisProtocolVersion.Resp3 && await TryHelloAsync(socket, options, cancellationToken).ConfigureAwait(false))
        {
            await SelectAsync(socket, options, cancellationToken).ConfigureAwait(false);
            return RedisProtocolVersion.Resp3;
        }

        if (options.Password is not null)
        {
            RedisValue[] auth = options.User is null ? [options.Password] : [options.User, options.Password];
            Check("AUTH", await socket.RoundTripAsync("AUTH", auth, cancellationToken).ConfigureAwait(false));
        }

        if (options.ClientName is not null)
        {
            Check("CLIENT SETNAME", await socket.RoundTripAsync("CLIENT SETNAME", [options.ClientName], cancellationToken).ConfigureAwait(false));
        }

        await SelectAsync(socket, options, cancellationToken).ConfigureAwait(false);
        return RedisProtocolVersion.Resp2;
    }

    private static async Task<bool> TryHelloAsync(RedisSocket socket, RedisClientOptions options, CancellationToken cancellationToken)
    {
        var arguments = new List<RedisValue> { 3 };
        if (options.Password is not null)
        {
            arguments.AddRange(["AUTH", options.User ?? "default", options.Password]);
        }

        if (options.ClientName is not null)
        {
            arguments.AddRange(["SETNAME", options.ClientName]);
        }

        RedisReply reply = await socket.RoundTripAsync("HELLO", [.. arguments], cancellationToken).ConfigureAwait(false);
        if (!reply.IsError)
        {
            return true;
        }

        // Servers before 6.0 answer "ERR unknown command"; servers built without RESP3 answer NOPROTO.
        // Authentication failures (WRONGPASS, NOAUTH, NOPERM) are real errors, not a reason to fall back.
        if (reply.ErrorPrefix is "ERR" or "NOPROTO")
        {
            return false;
        }

        Check("HELLO", reply);
        return false;
    }

    private static async Task SelectAsync(RedisSocket socket, RedisClientOptions options, CancellationToken cancellationToken)
    {
        if (options.Database != 0)
        {
            Check("SELECT", await socket.RoundTripAsync("SELECT", [options.Database], cancellationToken).ConfigureAwait(false));
        }
    }

    private static void Check(string command, RedisReply reply)
    {
        if (reply.IsError)
        {
            throw RedisErrors.FromReply(command, reply);
        }
    }
}
