using Microsoft.Extensions.Logging;

namespace Voice.Grains.Routing.Sessions;

internal static partial class Log
{
    [LoggerMessage(EventId = 4410, Level = LogLevel.Information, Message = "Routing {Key}: {Kind} {Target} skipped: {Reason}")]
    public static partial void StepSkipped(ILogger logger, string key, string kind, string target, string reason);
}
