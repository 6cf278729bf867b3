using Microsoft.Extensions.Logging;

namespace Voice.Grains.Routing.Strategies;

internal static partial class Log
{
    [LoggerMessage(EventId = 4400, Level = LogLevel.Warning, Message = "Strategy for route point {RoutePoint} failed ({Failure}): {Detail}")]
    public static partial void StrategyFailed(ILogger logger, string routePoint, StrategyFailure failure, string detail);

    [LoggerMessage(EventId = 4401, Level = LogLevel.Debug, Message = "Strategy for route point {RoutePoint} gave {Count} instruction(s) in {ElapsedMs} ms")]
    public static partial void StrategyRouted(ILogger logger, string routePoint, int count, double elapsedMs);
}
