using System.Text;
using System.Text.Json;

namespace Voice.Gateway.Tests.Rest;

/// <summary>Reads a text/event-stream one event at a time (skipping keep-alive comments), with a time limit per event.</summary>
public sealed class SseReader(Stream stream) : IDisposable
{
    private static readonly TimeSpan EventLimit = TimeSpan.FromSeconds(10);
    private readonly StreamReader _reader = new(stream, Encoding.UTF8);

    public async Task<SseEvent> ReadEventAsync()
    {
        using var limit = new CancellationTokenSource(EventLimit);
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        while (true)
        {
            var line = await _reader.ReadLineAsync(limit.Token) ?? throw new InvalidOperationException("the server ended the stream");
            if (line.Length == 0)
            {
                if (fields.Count > 0)
                {
                    using var data = JsonDocument.Parse(fields["data"]);
                    return new SseEvent(long.Parse(fields["id"], System.Globalization.CultureInfo.InvariantCulture), fields["event"], data.RootElement.Clone());
                }

                continue;
            }

            if (line.StartsWith(':'))
            {
                continue;
            }

            var colon = line.IndexOf(':', StringComparison.Ordinal);
            fields[line[..colon]] = line[(colon + 1)..].TrimStart(' ');
        }
    }

    public void Dispose() => _reader.Dispose();
}
