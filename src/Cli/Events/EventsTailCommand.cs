using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Voice.Runtime.Events;

namespace Voice.Cli.Events;

/// <summary>
/// <c>voicectl events tail --topic T [--from N] [--node URL | --redis HOST:PORT] [--count N] [--key K]</c>: prints
/// one line per event, <c>&lt;position&gt; &lt;key&gt; seq=&lt;seq&gt; &lt;event JSON&gt;</c>, read from a node's
/// <c>/events</c> stream (default <see cref="DefaultNode"/>) or straight from the topic's Redis stream. Exit 0 after
/// <c>--count</c> events or on Ctrl-C; 2 for a refused request (unknown topic, bad address); 1 when the source cannot
/// be reached or the stream breaks off — the same codes as <c>voicectl tenant apply</c>.
/// </summary>
internal static partial class EventsTailCommand
{
    public const int Ok = 0;
    public const int Failed = 1;
    public const int Invalid = 2;
    public const string DefaultNode = "http://127.0.0.1:8080";

    private static readonly JsonWriterOptions CompactJson = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static async Task<int> RunAsync(EventsTailRequest request, string? node, string? redis, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        try
        {
            return redis is not null
                ? await TailRedisAsync(request, redis, output, error, cancellationToken).ConfigureAwait(false)
                : await TailNodeAsync(request, node ?? DefaultNode, output, error, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Ctrl-C: the reader asked to stop, which is how a tail without --count ends.
            return Ok;
        }
    }

    /// <summary>Prints the events that pass the key filter; true once <see cref="EventsTailRequest.Count"/> are printed, false if the source ends first.</summary>
    private static async Task<bool> PrintAsync(IAsyncEnumerable<EventLogEntry> events, EventsTailRequest request, TextWriter output, CancellationToken cancellationToken)
    {
        var printed = 0;
        await foreach (var entry in events.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            if (request.Key is not null && !string.Equals(entry.Key, request.Key, StringComparison.Ordinal))
            {
                continue;
            }

            await output.WriteLineAsync(FormatLine(entry)).ConfigureAwait(false);
            await output.FlushAsync(cancellationToken).ConfigureAwait(false);
            if (++printed == request.Count)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary><c>&lt;position&gt; &lt;key&gt; seq=&lt;seq&gt; &lt;payload as compact JSON&gt;</c>.</summary>
    public static string FormatLine(EventLogEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return string.Create(CultureInfo.InvariantCulture, $"{entry.Position} {entry.Key} seq={entry.Sequence} {Compact(entry.Payload)}");
    }

    private static string Compact(string payload)
    {
        try
        {
            using var document = JsonDocument.Parse(payload);
            using var buffer = new MemoryStream();
            using (var writer = new Utf8JsonWriter(buffer, CompactJson))
            {
                document.RootElement.WriteTo(writer);
            }

            return System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
        }
        catch (JsonException)
        {
            // Not JSON: shown as stored, on one line so the output stays one line per event.
            return payload.ReplaceLineEndings(" ");
        }
    }
}
