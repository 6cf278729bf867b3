using Microsoft.Extensions.Logging;

namespace Voice.Runtime.Redis.Membership;

/// <summary>Log events of membership (EventIds 7200-7219).</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 7200, Level = LogLevel.Information, Message = "Node {NodeId}: membership view {Version} = [{Nodes}]")]
    public static partial void ViewChanged(ILogger logger, string nodeId, long version, string nodes);

    [LoggerMessage(EventId = 7201, Level = LogLevel.Warning, Message = "Node {NodeId}: heartbeat failed: {Reason}")]
    public static partial void HeartbeatFailed(ILogger logger, string nodeId, string reason);

    [LoggerMessage(EventId = 7202, Level = LogLevel.Information, Message = "Node {NodeId} left the cluster")]
    public static partial void Left(ILogger logger, string nodeId);

    [LoggerMessage(EventId = 7203, Level = LogLevel.Error, Message = "Node {NodeId}: a membership Changed subscriber threw")]
    public static partial void SubscriberFailed(ILogger logger, string nodeId, Exception exception);
}
