using Microsoft.Extensions.Logging;

namespace Voice.Runtime.Redis.Placement;

/// <summary>Log events of slot leases (EventIds 7220-7249).</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 7220, Level = LogLevel.Debug, Message = "Node {NodeId} acquired slot {Slot} at epoch {Epoch}")]
    public static partial void SlotAcquired(ILogger logger, string nodeId, int slot, long epoch);

    [LoggerMessage(EventId = 7221, Level = LogLevel.Debug, Message = "Node {NodeId} lost slot {Slot}")]
    public static partial void SlotLost(ILogger logger, string nodeId, int slot);

    [LoggerMessage(EventId = 7222, Level = LogLevel.Debug, Message = "Node {NodeId} released slot {Slot} epoch {Epoch} (held until release: {WasHeld})")]
    public static partial void SlotReleased(ILogger logger, string nodeId, int slot, long epoch, bool wasHeld);

    [LoggerMessage(EventId = 7223, Level = LogLevel.Warning, Message = "Node {NodeId}: lease pass failed: {Reason}")]
    public static partial void PassFailed(ILogger logger, string nodeId, string reason);

    [LoggerMessage(EventId = 7224, Level = LogLevel.Warning, Message = "Node {NodeId}: leases not renewed within the TTL; dropping {Count} slot(s)")]
    public static partial void LeasesPresumedExpired(ILogger logger, string nodeId, int count);

    [LoggerMessage(EventId = 7225, Level = LogLevel.Error, Message = "Node {NodeId}: handover of slot {Slot} failed; letting its lease expire")]
    public static partial void HandoverFailed(ILogger logger, string nodeId, int slot, Exception exception);

    [LoggerMessage(EventId = 7226, Level = LogLevel.Error, Message = "Node {NodeId}: a slot event subscriber threw")]
    public static partial void SubscriberFailed(ILogger logger, string nodeId, Exception exception);
}
