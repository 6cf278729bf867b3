using Microsoft.Extensions.Logging;
using Voice.Grains.Contracts.Registrar;

namespace Voice.Grains.Registrar;

internal static partial class Log
{
    [LoggerMessage(EventId = 4100, Level = LogLevel.Debug, Message = "Device {Key}: {Count} binding(s) stored ({Reason})")]
    public static partial void BindingsStored(ILogger logger, string key, int count, string reason);

    [LoggerMessage(EventId = 4101, Level = LogLevel.Information, Message = "Device {Key} refused registration: {Outcome} (Call-ID {CallId}, CSeq {CSeq})")]
    public static partial void Refused(ILogger logger, string key, RegisterOutcome outcome, string callId, long cseq);

    [LoggerMessage(EventId = 4102, Level = LogLevel.Information, Message = "Device {Key} removed {Count} expired binding(s)")]
    public static partial void Expired(ILogger logger, string key, int count);

    [LoggerMessage(EventId = 4103, Level = LogLevel.Information, Message = "Device {Key}: {EventId} seq {Seq}")]
    public static partial void ServiceChanged(ILogger logger, string key, string eventId, long seq);

    [LoggerMessage(EventId = 4104, Level = LogLevel.Information, Message = "Device {Key}: agent {AgentId} attached")]
    public static partial void AgentAttached(ILogger logger, string key, string agentId);

    [LoggerMessage(EventId = 4105, Level = LogLevel.Information, Message = "Device {Key}: agent {AgentId} detached")]
    public static partial void AgentDetached(ILogger logger, string key, string agentId);
}
