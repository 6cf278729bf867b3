using Microsoft.Extensions.Logging;

namespace Voice.Sip.Tests.Auth;

/// <summary>Keeps every formatted log line (with its level) so tests can inspect what a component logs.</summary>
internal sealed class CapturingLogger<T> : ILogger<T>
{
    public List<(LogLevel Level, EventId Id, string Text)> Lines { get; } = [];

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
        Lines.Add((logLevel, eventId, formatter(state, exception)));
}
