using Microsoft.Extensions.Logging;

namespace Voice.Runtime.Hosting;

/// <summary>Runtime log messages (stable event ids 1000–1099).</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 1001, Level = LogLevel.Debug, Message = "Activated {GrainId} on node {NodeId} (slot {Slot}, epoch {Epoch})")]
    public static partial void Activated(ILogger logger, GrainId grainId, string nodeId, int slot, long epoch);

    [LoggerMessage(EventId = 1002, Level = LogLevel.Warning, Message = "Activation of {GrainId} failed")]
    public static partial void ActivationFailed(ILogger logger, Exception exception, GrainId grainId);

    [LoggerMessage(EventId = 1003, Level = LogLevel.Debug, Message = "Deactivated {GrainId} ({Reason})")]
    public static partial void Deactivated(ILogger logger, GrainId grainId, DeactivationReason reason);

    [LoggerMessage(EventId = 1004, Level = LogLevel.Warning, Message = "OnDeactivateAsync of {GrainId} failed")]
    public static partial void DeactivationFailed(ILogger logger, Exception exception, GrainId grainId);

    [LoggerMessage(EventId = 1005, Level = LogLevel.Warning, Message = "Timer tick of {GrainId} failed")]
    public static partial void TimerTickFailed(ILogger logger, Exception exception, GrainId grainId);

    [LoggerMessage(EventId = 1006, Level = LogLevel.Debug, Message = "Forwarding call to {GrainId} to node {NodeId}")]
    public static partial void Forwarding(ILogger logger, GrainId grainId, string nodeId);

    [LoggerMessage(EventId = 1007, Level = LogLevel.Debug, Message = "No owner for {GrainId} yet ({Reason}); the call waits")]
    public static partial void WaitingForOwner(ILogger logger, GrainId grainId, string reason);
}
