using Microsoft.Extensions.Logging;
using Voice.Grains.Contracts.Agents;

namespace Voice.Grains.Agents;

internal static partial class Log
{
    [LoggerMessage(EventId = 4300, Level = LogLevel.Information, Message = "Agent {Key} refused {Operation}: {Error}")]
    public static partial void Refused(ILogger logger, string key, string operation, AgentErrorCode error);

    [LoggerMessage(EventId = 4301, Level = LogLevel.Information, Message = "Agent {Key}: {EventId} seq {Seq}")]
    public static partial void Published(ILogger logger, string key, string eventId, long seq);

    [LoggerMessage(EventId = 4302, Level = LogLevel.Information, Message = "Agent {Key}: DN {Dn} was held by {Holder}, who is no longer logged in on it; taking it over")]
    public static partial void StaleDnLink(ILogger logger, string key, string dn, string holder);

    [LoggerMessage(EventId = 4303, Level = LogLevel.Warning, Message = "Agent {Key}: call {CallThreadKey} is over without telling the agent; releasing it")]
    public static partial void StaleCall(ILogger logger, string key, string callThreadKey);

    [LoggerMessage(EventId = 4304, Level = LogLevel.Debug, Message = "Agent {Key}: could not check call {CallThreadKey}; keeping it until the next sweep")]
    public static partial void CallCheckFailed(ILogger logger, string key, string callThreadKey, Exception exception);

    [LoggerMessage(EventId = 4305, Level = LogLevel.Information, Message = "Agent {Key}: reservation for {CallThreadKey} lapsed")]
    public static partial void ReservationLapsed(ILogger logger, string key, string callThreadKey);

    [LoggerMessage(EventId = 4306, Level = LogLevel.Warning, Message = "Agent {Key}: could not tell queue {Queue} of its change; the queue learns it from the next one or a refused reservation")]
    public static partial void QueueNoticeFailed(ILogger logger, string key, string queue, Exception exception);
}
