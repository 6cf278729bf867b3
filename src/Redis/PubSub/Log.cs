using Microsoft.Extensions.Logging;

namespace Voice.Redis.PubSub;

/// <summary>Log events of the subscriber (EventIds 7100-7199).</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 7100, Level = LogLevel.Warning, Message = "Redis subscriber connection to {EndPoint} failed: {Reason}")]
    public static partial void SubscriberLost(ILogger logger, string endPoint, string reason);

    [LoggerMessage(EventId = 7101, Level = LogLevel.Information, Message = "Redis subscriber reconnected to {EndPoint}; resubscribed {Channels} channel(s) and {Patterns} pattern(s)")]
    public static partial void Resubscribed(ILogger logger, string endPoint, int channels, int patterns);

    [LoggerMessage(EventId = 7102, Level = LogLevel.Warning, Message = "Redis subscriber reconnect attempt {Attempt} to {EndPoint} failed: {Reason}")]
    public static partial void ReconnectFailed(ILogger logger, string endPoint, int attempt, string reason);

    [LoggerMessage(EventId = 7103, Level = LogLevel.Error, Message = "A Redis message handler for {Channel} threw")]
    public static partial void HandlerFailed(ILogger logger, string channel, Exception exception);

    [LoggerMessage(EventId = 7104, Level = LogLevel.Warning, Message = "Redis subscriber received an error: {Error}")]
    public static partial void ServerError(ILogger logger, string error);
}
