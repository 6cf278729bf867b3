using Microsoft.Extensions.Logging;

namespace Voice.Redis.Connection;

/// <summary>Log events of the connection layer (EventIds 7000-7099). Never logs passwords or values.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 7000, Level = LogLevel.Information, Message = "Connected to Redis at {EndPoint} using {Protocol}")]
    public static partial void Connected(ILogger logger, string endPoint, RedisProtocolVersion protocol);

    [LoggerMessage(EventId = 7001, Level = LogLevel.Warning, Message = "Redis connection to {EndPoint} failed: {Reason}")]
    public static partial void LinkFailed(ILogger logger, string endPoint, string reason);

    [LoggerMessage(EventId = 7002, Level = LogLevel.Information, Message = "Reconnecting to Redis at {EndPoint}, attempt {Attempt} in {DelayMs} ms")]
    public static partial void Reconnecting(ILogger logger, string endPoint, int attempt, long delayMs);

    [LoggerMessage(EventId = 7003, Level = LogLevel.Warning, Message = "Reconnect attempt {Attempt} to Redis at {EndPoint} failed: {Reason}")]
    public static partial void ReconnectFailed(ILogger logger, string endPoint, int attempt, string reason);

    [LoggerMessage(EventId = 7004, Level = LogLevel.Information, Message = "Reconnected to Redis at {EndPoint} after {Attempt} attempt(s)")]
    public static partial void Reconnected(ILogger logger, string endPoint, int attempt);

    [LoggerMessage(EventId = 7005, Level = LogLevel.Warning, Message = "Redis command {Command} timed out after {TimeoutMs} ms")]
    public static partial void CommandTimedOut(ILogger logger, string command, long timeoutMs);

    [LoggerMessage(EventId = 7006, Level = LogLevel.Error, Message = "A Redis push handler threw")]
    public static partial void PushHandlerFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 7007, Level = LogLevel.Debug, Message = "Redis at {EndPoint} refused HELLO 3; using RESP2")]
    public static partial void FellBackToResp2(ILogger logger, string endPoint);

    [LoggerMessage(EventId = 7008, Level = LogLevel.Error, Message = "A Redis connection event handler threw")]
    public static partial void EventHandlerFailed(ILogger logger, Exception exception);
}
