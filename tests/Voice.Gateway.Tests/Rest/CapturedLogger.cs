using Microsoft.Extensions.Logging;

namespace Voice.Gateway.Tests.Rest;

/// <summary>Formats every entry (message and exception) into <see cref="CapturedLogs"/>.</summary>
internal sealed class CapturedLogger(CapturedLogs owner) : ILogger
{
    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
        owner.Add($"{logLevel} {formatter(state, exception)} {exception}");
}
