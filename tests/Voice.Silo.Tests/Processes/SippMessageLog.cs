using System.Text.RegularExpressions;

namespace Voice.Silo.Tests.Processes;

/// <summary>
/// Reads the message trace SIPp writes with <c>-trace_msg -message_file</c>: which requests it received and which
/// node sent each one (the port in the top Via, every node having its own SIP port on 127.0.0.1).
/// </summary>
internal static partial class SippMessageLog
{
    private const string Received = "message received";

    /// <summary>The top Via port of the first request <paramref name="method"/> SIPp received; null if none (yet).</summary>
    public static int? ViaPortOfReceived(string path, string method)
    {
        if (!File.Exists(path))
        {
            return null;
        }

        // Entries are separated by a line of dashes with a timestamp; each received one reads "UDP message received [n] bytes :".
        foreach (var entry in DashLine().Split(File.ReadAllText(path)))
        {
            var lines = entry.Split('\n').Select(l => l.TrimEnd('\r').Trim()).Where(l => l.Length > 0).ToList();
            if (lines.Count > 1 && lines[0].Contains(Received, StringComparison.Ordinal) && lines[1].StartsWith(method + " ", StringComparison.Ordinal))
            {
                var via = lines.Select(l => TopViaPort().Match(l)).FirstOrDefault(m => m.Success);
                return via is null ? null : int.Parse(via.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
            }
        }

        return null;
    }

    /// <summary>Waits (bounded) until SIPp has logged receiving <paramref name="method"/>; returns the sender's Via port.</summary>
    public static async Task<int> WaitForReceivedAsync(string path, string method, TimeSpan limit)
    {
        var deadline = DateTime.UtcNow + limit;
        while (true)
        {
            if (ViaPortOfReceived(path, method) is { } port)
            {
                return port;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"SIPp logged no {method} received within {limit} in {path}");
            }

            // SIPp tells nobody what it received but its trace file: read it again, bounded by the limit.
            await Task.Delay(50);
        }
    }

    [GeneratedRegex(@"^-{20,}.*$", RegexOptions.Multiline)]
    private static partial Regex DashLine();

    [GeneratedRegex(@"^Via:\s*SIP/2\.0/\w+\s+[^:;\s]+:(\d+)", RegexOptions.IgnoreCase)]
    private static partial Regex TopViaPort();
}
