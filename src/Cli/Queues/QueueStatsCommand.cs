namespace Voice.Cli.Queues;

/// <summary>
/// <c>voicectl queues stats --tenant T [--queue ID] [--node URL --user U [--password P] | --redis HOST:PORT]</c>: the
/// wallboard figures of one queue or all queues of a tenant as a table. Through a node it uses the REST API as that
/// user (a supervisor or an admin; the password from <c>--password</c> or <see cref="PasswordVariable"/>); through Redis
/// it asks the queue grains with the grain client. Exit 0 with the table; 2 for a refused request (unknown queue,
/// wrong role or credentials, bad arguments); 1 when the platform cannot be reached — as <c>voicectl tenant apply</c>.
/// </summary>
internal static partial class QueueStatsCommand
{
    public const int Ok = 0;
    public const int Failed = 1;
    public const int Invalid = 2;
    public const string DefaultNode = "http://127.0.0.1:8080";

    /// <summary>Where the password is read from when <c>--password</c> is not given (keeps it out of the shell history).</summary>
    public const string PasswordVariable = "VOICECTL_PASSWORD";

    public static async Task<int> RunAsync(QueueStatsRequest request, string? node, string? redis, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (redis is not null)
        {
            return await StatsThroughClusterAsync(request, redis, output, error, cancellationToken).ConfigureAwait(false);
        }

        var password = request.Password ?? Environment.GetEnvironmentVariable(PasswordVariable);
        if (string.IsNullOrEmpty(request.User) || string.IsNullOrEmpty(password))
        {
            await error.WriteLineAsync($"voicectl: through a node, give --user and --password (or set {PasswordVariable}) of a supervisor or admin of tenant '{request.Tenant}'").ConfigureAwait(false);
            return Invalid;
        }

        return await StatsThroughNodeAsync(request with { Password = password }, node ?? DefaultNode, output, error, cancellationToken).ConfigureAwait(false);
    }
}
