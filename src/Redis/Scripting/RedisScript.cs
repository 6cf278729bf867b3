using System.Security.Cryptography;
using System.Text;
using Voice.Redis.Commands;
using Voice.Redis.Protocol;

namespace Voice.Redis.Scripting;

/// <summary>
/// A Lua script run by SHA1: EVALSHA first (only 40 bytes on the wire); when the server does not know the
/// script (NOSCRIPT: restart, failover, SCRIPT FLUSH) it is loaded with SCRIPT LOAD and EVALSHA retried,
/// transparently to the caller.
/// </summary>
public sealed class RedisScript
{
    /// <summary>Creates a script and computes the SHA1 the server will know it by.</summary>
    public RedisScript(string source)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(source);
        Source = source;
#pragma warning disable CA5350 // Redis identifies scripts by SHA1; this is an identifier, not a security hash.
        Sha1 = Convert.ToHexStringLower(SHA1.HashData(Encoding.UTF8.GetBytes(source)));
#pragma warning restore CA5350
    }

    /// <summary>The Lua source.</summary>
    public string Source { get; }

    /// <summary>Lower-case hex SHA1 of the source, as SCRIPT LOAD returns it.</summary>
    public string Sha1 { get; }

    /// <summary>Runs the script with EVALSHA, loading it first if the server lost it.</summary>
    public async Task<RedisReply> EvaluateAsync(RedisClient client, RedisValue[] keys, RedisValue[] arguments, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(client);
        try
        {
            return await client.EvalShaAsync(Sha1, keys, arguments, cancellationToken).ConfigureAwait(false);
        }
        catch (RedisServerException ex) when (ex.Prefix == "NOSCRIPT")
        {
            await client.ScriptLoadAsync(Source, cancellationToken).ConfigureAwait(false);
            return await client.EvalShaAsync(Sha1, keys, arguments, cancellationToken).ConfigureAwait(false);
        }
    }
}
