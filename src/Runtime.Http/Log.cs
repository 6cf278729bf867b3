using Microsoft.Extensions.Logging;

namespace Voice.Runtime.Http;

/// <summary>Remoting log messages (stable event ids 1200–1249).</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 1201, Level = LogLevel.Debug, Message = "Refused call to {GrainId}: node {NodeId} does not own its slot; owner is {OwnerNodeId} (epoch {Epoch})")]
    public static partial void AnsweredMisdirected(ILogger logger, GrainId grainId, string nodeId, string ownerNodeId, long epoch);

    [LoggerMessage(EventId = 1202, Level = LogLevel.Warning, Message = "Rejected a grain call request: {Reason}")]
    public static partial void RejectedRequest(ILogger logger, string reason);

    [LoggerMessage(EventId = 1203, Level = LogLevel.Debug, Message = "Call to {GrainId} misdirected to {NodeId}; retrying at {NextNodeId} (attempt {Attempt})")]
    public static partial void Misdirected(ILogger logger, GrainId grainId, string nodeId, string nextNodeId, int attempt);

    [LoggerMessage(EventId = 1204, Level = LogLevel.Warning, Message = "Node {NodeId} unreachable for a call to {GrainId} (attempt {Attempt}): {Reason}")]
    public static partial void Unreachable(ILogger logger, GrainId grainId, string nodeId, int attempt, string reason);

    [LoggerMessage(EventId = 1205, Level = LogLevel.Warning, Message = "Giving up on the call to {GrainId} after {Attempts} attempt(s); last node {NodeId}")]
    public static partial void GaveUp(ILogger logger, GrainId grainId, int attempts, string nodeId);
}
