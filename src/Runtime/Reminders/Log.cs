using Microsoft.Extensions.Logging;

namespace Voice.Runtime.Reminders;

/// <summary>Reminder log messages (stable event ids 2000–2099).</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 2001, Level = LogLevel.Warning, Message = "Reminder {Name} of {GrainId} fired with no runtime attached")]
    public static partial void NoSink(ILogger logger, GrainId grainId, string name);

    [LoggerMessage(EventId = 2002, Level = LogLevel.Warning, Message = "Reminder {Name} of {GrainId} could not be delivered")]
    public static partial void DeliveryFailed(ILogger logger, Exception exception, GrainId grainId, string name);
}
