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
        // One exact-size array per call: this is the hot path of every fenced grain write.
        var all = new RedisValue[2 + keys.Length + arguments.Length];
        all[0] = scriptOrSha;
        all[1] = keys.Length;
        keys.CopyTo(all, 2);
        arguments.CopyTo(all, 2 + keys.Length);
        return RunAsync(command, all, cancellationToken);
    }
}
