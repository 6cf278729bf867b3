using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Voice.Gateway.Tests.Rest;

/// <summary>Keeps every formatted log line (and exception text) of the host, for asserting what was never logged.</summary>
public sealed class CapturedLogs : ILoggerProvider
{
    private readonly ConcurrentQueue<string> _lines = new();

    public IReadOnlyCollection<string> Lines => _lines;

    public ILogger CreateLogger(string categoryName) => new CapturedLogger(this);

    internal void Add(string line) => _lines.Enqueue(line);

    public void Dispose()
    {
    }
}
