using Microsoft.Extensions.Logging;

namespace Voice.Runtime.Redis.Hosting;

/// <summary>Log events of the cluster host (EventIds 7280-7299).</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 7280, Level = LogLevel.Information, Message = "Node {NodeId} joined the cluster holding {SlotCount} slot(s)")]
    public static partial void Started(ILogger logger, string nodeId, int slotCount);

    [LoggerMessage(EventId = 7281, Level = LogLevel.Information, Message = "Node {NodeId} handed over its slots and left the cluster")]
    public static partial void Stopped(ILogger logger, string nodeId);

    [LoggerMessage(EventId = 7282, Level = LogLevel.Debug, Message = "Node {NodeId} deactivated the grains of slot {Slot} (epoch {Epoch}) before releasing it")]
    public static partial void SlotDrained(ILogger logger, string nodeId, int slot, long epoch);

    [LoggerMessage(EventId = 7283, Level = LogLevel.Warning, Message = "Node {NodeId} lost slot {Slot} without a handover; deactivating its grains")]
    public static partial void SlotLostWithoutHandover(ILogger logger, string nodeId, int slot);

    [LoggerMessage(EventId = 7284, Level = LogLevel.Error, Message = "Node {NodeId}: deactivating the grains of slot {Slot} failed")]
    public static partial void SlotDeactivationFailed(ILogger logger, Exception exception, string nodeId, int slot);
}
