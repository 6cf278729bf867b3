using Microsoft.Extensions.Logging;

namespace Voice.Runtime.Redis.Adapters;

/// <summary>Log events of the runtime adapters (EventIds 7260-7279).</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 7260, Level = LogLevel.Warning, Message = "Reminder {Name} of {GrainId} could not be delivered")]
    public static partial void ReminderDeliveryFailed(ILogger logger, Exception exception, GrainId grainId, string name);

    [LoggerMessage(EventId = 7261, Level = LogLevel.Warning, Message = "Reminder {Name} of {GrainId} fired with no runtime attached")]
    public static partial void ReminderNoSink(ILogger logger, GrainId grainId, string name);

    [LoggerMessage(EventId = 7262, Level = LogLevel.Warning, Message = "Reminder {Name} of {GrainId} could not be advanced; retrying")]
    public static partial void ReminderAdvanceFailed(ILogger logger, Exception exception, GrainId grainId, string name);

    [LoggerMessage(EventId = 7263, Level = LogLevel.Warning, Message = "Reminders of slot {Slot} could not be loaded")]
    public static partial void ReminderLoadFailed(ILogger logger, Exception exception, int slot);

    [LoggerMessage(EventId = 7264, Level = LogLevel.Debug, Message = "Armed {Count} reminder(s) of slot {Slot} at epoch {Epoch}")]
    public static partial void RemindersLoaded(ILogger logger, int count, int slot, long epoch);
}
