using System.CommandLine;

namespace Voice.Cli.Queues;

/// <summary>The <c>voicectl queues</c> command group.</summary>
internal static class QueueCommands
{
    public static Command Build(TextWriter stdout, TextWriter stderr)
    {
        var tenant = new Option<string>("--tenant") { Description = "The tenant id", Required = true };
        var queue = new Option<string?>("--queue", "-q") { Description = "One queue id; default: every queue of the tenant" };
        var node = new Option<string?>("--node") { Description = $"Ask a node's REST API (default {QueueStatsCommand.DefaultNode})" };
        var redis = new Option<string?>("--redis") { Description = "Cluster mode: ask the queue grains through this Redis HOST:PORT" };
        var user = new Option<string?>("--user", "-u") { Description = "With a node: a supervisor or admin of the tenant" };
        var password = new Option<string?>("--password") { Description = $"With a node: the user's password (default: ${QueueStatsCommand.PasswordVariable})" };

        var stats = new Command("stats", "Calls waiting, oldest wait, calls ringing and agents by state, one line per queue");
        foreach (var option in new Option[] { tenant, queue, node, redis, user, password })
        {
            stats.Options.Add(option);
        }

        stats.Validators.Add(result =>
        {
            if (result.GetValue(redis) is not null && result.GetValue(node) is not null)
            {
                result.AddError("--redis and --node exclude each other: give one");
            }
        });
        stats.SetAction(async (result, cancellationToken) =>
        {
            var request = new QueueStatsRequest(result.GetValue(tenant)!, result.GetValue(queue), result.GetValue(user), result.GetValue(password));
            var code = await QueueStatsCommand.RunAsync(request, result.GetValue(node), result.GetValue(redis), stdout, stderr, cancellationToken).ConfigureAwait(false);
            await stdout.FlushAsync(CancellationToken.None).ConfigureAwait(false);
            return code;
        });

        var queues = new Command("queues", "Virtual queues");
        queues.Subcommands.Add(stats);
        return queues;
    }
}
