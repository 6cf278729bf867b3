using System.Text;

namespace Voice.Silo.Tests.Endpoints;

/// <summary>
/// Reads a <c>text/event-stream</c> response one frame (lines up to a blank line) at a time, exactly as sent, so the
/// tests check the wire format itself rather than a parser's view of it.
/// </summary>
internal sealed class SseFrameReader(Stream stream) : IDisposable
{
    private static readonly TimeSpan FrameLimit = TimeSpan.FromSeconds(15);
    private readonly StreamReader _reader = new(stream, Encoding.UTF8);

    /// <summary>The next frame's lines; null when the server ended the stream.</summary>
    public async Task<IReadOnlyList<string>?> ReadFrameAsync()
    {
        using var limit = new CancellationTokenSource(FrameLimit);
        var lines = new List<string>();
        while (true)
        {
            var line = await _reader.ReadLineAsync(limit.Token);
            if (line is null)
            {
                return lines.Count == 0 ? null : lines;
            }

            if (line.Length == 0)
            {
                return lines;
            }

            lines.Add(line);
        }
    }

    /// <summary>The next frame that is an event (skipping keepalive comments).</summary>
    public async Task<SseFrame> ReadEventAsync()
    {
        while (true)
        {
            var frame = await ReadFrameAsync() ?? throw new InvalidOperationException("the server ended the stream");
            if (!frame.All(line => line.StartsWith(':')))
            {
                return SseFrame.From(frame);
            }
        }
    }

    public void Dispose() => _reader.Dispose();
}
