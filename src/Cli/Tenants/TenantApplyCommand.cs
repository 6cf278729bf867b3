using Voice.Grains.Contracts.Tenancy;
using Voice.Grains.Tenancy.Yaml;

namespace Voice.Cli.Tenants;

/// <summary>
/// <c>voicectl tenant apply -f FILE [--redis HOST:PORT | --node URL]</c>: validates a tenant YAML file and applies it
/// to a running platform, through the grain client (cluster, <c>--redis</c>) or the node's loopback-only admin
/// endpoint (<c>--node</c>, default <see cref="DefaultNode"/>). Every error is printed as
/// <c>FILE:line L, column C: path: message</c> (exit 2); success prints <c>applied tenant ID version N</c> (exit 0);
/// an unreadable file or an unreachable platform is reported on stderr (exit 1).
/// </summary>
internal static partial class TenantApplyCommand
{
    public const int Ok = 0;
    public const int Failed = 1;
    public const int Invalid = 2;
    public const string DefaultNode = "http://127.0.0.1:8080";

    // The fewest PBKDF2 iterations PasswordHasher accepts: enough for a validation-only load whose hashes are discarded.
    private const int MinimumIterations = 1000;

    public static async Task<int> RunAsync(string file, string? redis, string? node, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        string yaml;
        try
        {
            yaml = await File.ReadAllTextAsync(file, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            await error.WriteLineAsync($"voicectl: cannot read '{file}': {e.Message}").ConfigureAwait(false);
            return Failed;
        }

        // Through the node the YAML travels as text and the node hashes the passwords; the local load only
        // validates, so it may hash cheaply. Through Redis the loaded configuration itself is sent.
        var loadOptions = redis is null ? new TenantLoadOptions { PasswordIterations = MinimumIterations } : TenantLoadOptions.Default;
        TenantConfig config;
        try
        {
            config = TenantConfigLoader.Load(new StringReader(yaml), file, loadOptions);
        }
        catch (TenantConfigLoadException e)
        {
            await WriteErrorsAsync(output, file, e.Errors.Select(x => (x.Line, x.Column, x.Path, x.Message))).ConfigureAwait(false);
            return Invalid;
        }

        return redis is not null
            ? await ApplyThroughClusterAsync(config, file, redis, output, error, cancellationToken).ConfigureAwait(false)
            : await ApplyThroughNodeAsync(config.TenantId, yaml, file, node ?? DefaultNode, output, error, cancellationToken).ConfigureAwait(false);
    }

    private static async Task WriteErrorsAsync(TextWriter output, string file, IEnumerable<(int Line, int Column, string Path, string Message)> errors)
    {
        foreach (var (line, column, path, message) in errors)
        {
            var where = line > 0 ? $"line {line}, column {column}" : "(no line)";
            await output.WriteLineAsync($"{file}:{where}: {path}: {message}").ConfigureAwait(false);
        }
    }
}
