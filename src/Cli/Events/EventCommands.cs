using System.CommandLine;

namespace Voice.Cli.Events;

/// <summary>The <c>voicectl events</c> command group.</summary>
internal static class EventCommands
{
    public static Command Build(TextWriter stdout, TextWriter stderr)
    {
        var topic = new Option<string>("--topic", "-t") { Description = $"Event topic: {string.Join(" or ", EventTopics.All)}", Required = true };
        var from = new Option<long?>("--from") { Description = "First stream position to print (0 or 1 = the whole stream); default: only events from now on" };
        var node = new Option<string?>("--node") { Description = $"Read the node's /events stream (default {EventsTailCommand.DefaultNode})" };
        var redis = new Option<string?>("--redis") { Description = "Cluster mode: read the topic's Redis stream directly from this HOST:PORT" };
        var count = new Option<int?>("--count", "-n") { Description = "Exit 0 after printing this many events" };
        var key = new Option<string?>("--key", "-k") { Description = "Print only events of this key (e.g. tenant:dn)" };

        var tail = new Command("tail", "Print a topic's events as they happen: <position> <key> seq=<seq> <event JSON>");
        tail.Options.Add(topic);
        tail.Options.Add(from);
        tail.Options.Add(node);
        tail.Options.Add(redis);
        tail.Options.Add(count);
        tail.Options.Add(key);
        tail.Validators.Add(result =>
        {
            if (result.GetValue(redis) is not null && result.GetValue(node) is not null)
            {
                result.AddError("--redis and --node exclude each other: give one");
            }

            if (result.GetValue(from) is < 0)
            {
                result.AddError("--from must be 0 or more");
            }

            if (result.GetValue(count) is < 1)
            {
                result.AddError("--count must be 1 or more");
            }
        });
        tail.SetAction(async (result, cancellationToken) =>
        {
            var request = new EventsTailRequest(result.GetValue(topic)!, result.GetValue(from), result.GetValue(count), result.GetValue(key));
            var code = await EventsTailCommand.RunAsync(request, result.GetValue(node), result.GetValue(redis), stdout, stderr, cancellationToken).ConfigureAwait(false);
            await stdout.FlushAsync(CancellationToken.None).ConfigureAwait(false);
            return code;
        });

        var events = new Command("events", "Reporting event topics");
        events.Subcommands.Add(tail);
        return events;
    }
}
