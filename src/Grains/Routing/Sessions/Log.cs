using Microsoft.Extensions.Logging;
using Voice.Grains.Routing.Strategies;

namespace Voice.Grains.Routing.Sessions;

internal static partial class Log
{
    [LoggerMessage(EventId = 4400, Level = LogLevel.Warning, Message = "Routing {Key}: the strategy of route point {RoutePoint} failed ({Failure}: {Message}); using its default target")]
    public static partial void StrategyFailed(ILogger logger, string key, string routePoint, StrategyFailure failure, string? message);

    [LoggerMessage(EventId = 4401, Level = LogLevel.Information, Message = "Routing {Key}: {Kind} {Target} skipped: {Reason}")]
    public static partial void StepSkipped(ILogger logger, string key, string kind, string target, string reason);
}
