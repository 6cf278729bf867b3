using Microsoft.Extensions.Logging;

namespace Voice.Grains.Routing;

internal static partial class Log
{
    [LoggerMessage(EventId = 4410, Level = LogLevel.Information, Message = "Queue {Key}: call {CallKey} offered to agent {AgentId}")]
    public static partial void Offered(ILogger logger, string key, string callKey, string agentId);

    [LoggerMessage(EventId = 4411, Level = LogLevel.Information, Message = "Queue {Key}: call {CallKey} refused the delivery ({Error}); dropping it and freeing agent {AgentId}")]
    public static partial void DeliveryRefused(ILogger logger, string key, string callKey, string agentId, string? error);

    [LoggerMessage(EventId = 4412, Level = LogLevel.Warning, Message = "Queue {Key}: handing call {CallKey} to agent {AgentId} failed; the offer waits for its report or its deadline")]
    public static partial void DeliveryError(ILogger logger, string key, string callKey, string agentId, Exception exception);

    [LoggerMessage(EventId = 4413, Level = LogLevel.Information, Message = "Queue {Key}: agent {AgentId} did not take call {CallKey} ({Reason}); the call goes back to the head")]
    public static partial void OfferFailed(ILogger logger, string key, string callKey, string agentId, string reason);

    [LoggerMessage(EventId = 4414, Level = LogLevel.Warning, Message = "Queue {Key}: no report on call {CallKey} offered to agent {AgentId}; putting it back at the head")]
    public static partial void OfferOverdue(ILogger logger, string key, string callKey, string agentId);

    [LoggerMessage(EventId = 4415, Level = LogLevel.Debug, Message = "Queue {Key}: could not reach agent {AgentId} ({Operation})")]
    public static partial void AgentCallFailed(ILogger logger, string key, string agentId, string operation, Exception exception);

    [LoggerMessage(EventId = 4416, Level = LogLevel.Debug, Message = "Queue {Key}: a call re-entered the matching turn; its change runs when the turn's calls are done")]
    public static partial void Deferred(ILogger logger, string key);
}
