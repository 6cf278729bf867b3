using System.Globalization;
using Voice.Grains.Contracts.Routing;

namespace Voice.Cli.Queues;

/// <summary>Prints queue figures as a fixed-width table, one line per queue, the way a wallboard lists them.</summary>
internal static class QueueStatsTable
{
    private static readonly string[] Headers = ["QUEUE", "WAITING", "OLDEST", "RINGING", "READY", "NOT-READY", "BUSY", "LOGGED-IN"];

    public static async Task WriteAsync(TextWriter output, IReadOnlyList<QueueStats> queues)
    {
        var rows = queues.Select(Row).ToList();
        var widths = Headers.Select((h, i) => Math.Max(h.Length, rows.Count == 0 ? 0 : rows.Max(r => r[i].Length))).ToArray();
        await output.WriteLineAsync(Line(Headers, widths)).ConfigureAwait(false);
        foreach (var row in rows)
        {
            await output.WriteLineAsync(Line(row, widths)).ConfigureAwait(false);
        }
    }

    /// <summary>A wait as <c>m:ss</c> (<c>h:mm:ss</c> from an hour on), rounded down to the second.</summary>
    public static string FormatWait(double seconds)
    {
        var wait = TimeSpan.FromSeconds(Math.Floor(Math.Max(0, seconds)));
        return wait.TotalHours >= 1
            ? wait.ToString(@"h\:mm\:ss", CultureInfo.InvariantCulture)
            : wait.ToString(@"m\:ss", CultureInfo.InvariantCulture);
    }

    private static string[] Row(QueueStats s) =>
    [
        s.QueueId,
        Number(s.CallsWaiting),
        FormatWait(s.OldestWaitSeconds),
        Number(s.CallsRinging),
        Number(s.AgentsReady),
        Number(s.AgentsNotReady),
        Number(s.AgentsBusy),
        Number(s.AgentsLoggedIn),
    ];

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    // The queue id is left-aligned, the figures right-aligned under their headers.
    private static string Line(string[] cells, int[] widths) =>
        string.Join("  ", cells.Select((c, i) => i == 0 ? c.PadRight(widths[i]) : c.PadLeft(widths[i]))).TrimEnd();
}
