using Voice.Redis.Protocol;

namespace Voice.Redis.Commands;

public sealed partial class RedisClient
{
    /// <summary>EVAL script numkeys keys... args...</summary>
    public Task<RedisReply> EvalAsync(string script, RedisValue[] keys, RedisValue[] arguments, CancellationToken cancellationToken = default) =>
        RunScriptAsync("EVAL", script, keys, arguments, cancellationToken);

    /// <summary>EVALSHA sha numkeys keys... args... (throws <see cref="RedisServerException"/> with prefix NOSCRIPT when unknown).</summary>
    public Task<RedisReply> EvalShaAsync(string sha1, RedisValue[] keys, RedisValue[] arguments, CancellationToken cancellationToken = default) =>
        RunScriptAsync("EVALSHA", sha1, keys, arguments, cancellationToken);

    /// <summary>SCRIPT LOAD: caches the script on the server and returns its SHA1.</summary>
    public async Task<string> ScriptLoadAsync(string script, CancellationToken cancellationToken = default) =>
        (await RunAsync("SCRIPT LOAD", [script], cancellationToken).ConfigureAwait(false)).AsString()!;

    private Task<RedisReply> RunScriptAsync(string command, string scriptOrSha, RedisValue[] keys, RedisValue[] arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(keys);
        ArgumentNullException.ThrowIfNull(arguments);
        return RunAsync(command, [scriptOrSha, keys.Length, .. keys, .. arguments], cancellationToken);
    }
}
