using Microsoft.Extensions.Logging;
using Voice.Grains.Contracts.Calls;
using Voice.Grains.Contracts.Tenancy;

namespace Voice.Grains.Calls;

internal static partial class Log
{
    [LoggerMessage(EventId = 4200, Level = LogLevel.Debug, Message = "Call {Key}: {Dialled} resolves to {Kind}")]
    public static partial void Resolved(ILogger logger, string key, string dialled, DestinationKind kind);

    [LoggerMessage(EventId = 4201, Level = LogLevel.Information, Message = "Call {Key} to {Dialled} refused with {Status}: {Detail}")]
    public static partial void Refused(ILogger logger, string key, string dialled, int status, string? detail);

    [LoggerMessage(EventId = 4202, Level = LogLevel.Debug, Message = "Call {Key}: alerting {Callee} on {Contacts} contact(s)")]
    public static partial void Alerting(ILogger logger, string key, string callee, int contacts);

    [LoggerMessage(EventId = 4203, Level = LogLevel.Debug, Message = "Call {Key}: {EventId} for {ThisDn}, seq {Seq}")]
    public static partial void Event(ILogger logger, string key, string eventId, string thisDn, long seq);

    [LoggerMessage(EventId = 4204, Level = LogLevel.Warning, Message = "Call {Key}: {Status} to {Method} for unknown leg {LegId}")]
    public static partial void UnknownLeg(ILogger logger, string key, string legId, string method, int status);

    [LoggerMessage(EventId = 4205, Level = LogLevel.Debug, Message = "Call {Key}: leg {LegId} answered {Method} with {Status}")]
    public static partial void LegAnswered(ILogger logger, string key, string legId, string method, int status);

    [LoggerMessage(EventId = 4206, Level = LogLevel.Information, Message = "Call {Key}: leg {LegId} answered while the call was {Phase}; hanging it up")]
    public static partial void LateAnswer(ILogger logger, string key, string legId, CallPhase phase);

    [LoggerMessage(EventId = 4207, Level = LogLevel.Debug, Message = "Call {Key}: established with leg {LegId}")]
    public static partial void Established(ILogger logger, string key, string legId);

    [LoggerMessage(EventId = 4208, Level = LogLevel.Warning, Message = "Call {Key}: 2xx on transaction {Handle} never acknowledged; releasing")]
    public static partial void AckTimeout(ILogger logger, string key, string handle);

    [LoggerMessage(EventId = 4209, Level = LogLevel.Information, Message = "Call {Key}: {Method} for Call-ID {CallId} matches no leg")]
    public static partial void NoDialog(ILogger logger, string key, string method, string callId);

    [LoggerMessage(EventId = 4210, Level = LogLevel.Debug, Message = "Call {Key}: leg {LegId} hung up")]
    public static partial void HungUp(ILogger logger, string key, string legId);

    [LoggerMessage(EventId = 4211, Level = LogLevel.Information, Message = "Call {Key}: no answer")]
    public static partial void NoAnswer(ILogger logger, string key);

    [LoggerMessage(EventId = 4212, Level = LogLevel.Debug, Message = "Call {Key}: agent {AgentId} told joined={Joined} (accepted: {Accepted})")]
    public static partial void AgentNotified(ILogger logger, string key, string agentId, bool joined, bool accepted);

    [LoggerMessage(EventId = 4213, Level = LogLevel.Warning, Message = "Call {Key}: telling agent {AgentId} failed; its stale-call check will catch up")]
    public static partial void AgentNotifyFailed(ILogger logger, string key, string agentId, Exception exception);

    [LoggerMessage(EventId = 4214, Level = LogLevel.Information, Message = "Call {Key}: make call from {FromDn} to {To}")]
    public static partial void MakeCall(ILogger logger, string key, string fromDn, string to);

    [LoggerMessage(EventId = 4215, Level = LogLevel.Information, Message = "Call {Key}: remote answer asked for {Dn} (leg {LegId})")]
    public static partial void RemoteAnswer(ILogger logger, string key, string dn, string legId);

    [LoggerMessage(EventId = 4216, Level = LogLevel.Information, Message = "Call {Key}: {Dn} transfers ({Mode}) to {Destination}")]
    public static partial void Transfer(ILogger logger, string key, string dn, string mode, string destination);

    [LoggerMessage(EventId = 4217, Level = LogLevel.Information, Message = "Call {Key}: {Purpose} {Outcome} (status {Status})")]
    public static partial void BridgeOutcome(ILogger logger, string key, string purpose, string outcome, int status);

    [LoggerMessage(EventId = 4218, Level = LogLevel.Warning, Message = "Call {Key}: freeing the conference room on {NodeId} failed")]
    public static partial void MixerReleaseFailed(ILogger logger, string key, string nodeId, Exception exception);

    [LoggerMessage(EventId = 4219, Level = LogLevel.Warning, Message = "Call {Key}: the mixer refused leg {LegId}: {Error}")]
    public static partial void MixerRefused(ILogger logger, string key, string legId, string? error);

    [LoggerMessage(EventId = 4220, Level = LogLevel.Warning, Message = "Call {Key}: a notice to routing failed")]
    public static partial void NoticeFailed(ILogger logger, string key, Exception exception);

    [LoggerMessage(EventId = 4221, Level = LogLevel.Information, Message = "Call {Key}: routing to {Target} ({Reason})")]
    public static partial void RoutedTo(ILogger logger, string key, string target, string reason);

    [LoggerMessage(EventId = 4222, Level = LogLevel.Information, Message = "Call {Key}: agent {AgentId} did not take the call from queue {Queue} ({Reason})")]
    public static partial void DeliveryFailed(ILogger logger, string key, string agentId, string queue, string reason);
}
