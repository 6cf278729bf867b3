using System.Net;
using Microsoft.Extensions.Logging;
using Voice.Media.Codecs;
using Voice.Media.Rtp;

namespace Voice.Media.Conference;

/// <summary>Log events of the conference bridge. Per-packet problems log at Debug: a stream can produce fifty a second.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 7000, Level = LogLevel.Information, Message = "Conference room {RoomId} opened")]
    public static partial void RoomOpened(ILogger logger, string roomId);

    [LoggerMessage(EventId = 7001, Level = LogLevel.Information, Message = "Conference room {RoomId} closed")]
    public static partial void RoomClosed(ILogger logger, string roomId);

    [LoggerMessage(EventId = 7002, Level = LogLevel.Information, Message = "Participant {ParticipantId} joined room {RoomId} on port {Port} with {Law}, media to {Remote}")]
    public static partial void Joined(ILogger logger, string participantId, string roomId, int port, G711Law law, IPEndPoint? remote);

    [LoggerMessage(EventId = 7003, Level = LogLevel.Information, Message = "Participant {ParticipantId} of room {RoomId} re-negotiated: {Law}, media to {Remote}")]
    public static partial void Updated(ILogger logger, string participantId, string roomId, G711Law law, IPEndPoint? remote);

    [LoggerMessage(EventId = 7004, Level = LogLevel.Information, Message = "Participant {ParticipantId} left room {RoomId}, port {Port} released")]
    public static partial void Left(ILogger logger, string participantId, string roomId, int port);

    [LoggerMessage(EventId = 7005, Level = LogLevel.Information, Message = "Participant {ParticipantId} of room {RoomId}: media latched to {Source} (was {Previous})")]
    public static partial void Latched(ILogger logger, string participantId, string roomId, IPEndPoint source, IPEndPoint? previous);

    [LoggerMessage(EventId = 7010, Level = LogLevel.Debug, Message = "Participant {ParticipantId} of room {RoomId}: dropped a {Length}-byte datagram from {Source}: {Error}")]
    public static partial void Malformed(ILogger logger, string participantId, string roomId, int length, IPEndPoint source, RtpParseError error);

    [LoggerMessage(EventId = 7011, Level = LogLevel.Debug, Message = "Participant {ParticipantId} of room {RoomId}: send to {Remote} failed")]
    public static partial void SendFailed(ILogger logger, Exception exception, string participantId, string roomId, IPEndPoint remote);

    [LoggerMessage(EventId = 7012, Level = LogLevel.Debug, Message = "Participant {ParticipantId} of room {RoomId}: receive failed")]
    public static partial void ReceiveFailed(ILogger logger, Exception exception, string participantId, string roomId);

    [LoggerMessage(EventId = 7013, Level = LogLevel.Warning, Message = "Participant {ParticipantId} of room {RoomId}: handling a packet failed")]
    public static partial void PacketFailed(ILogger logger, Exception exception, string participantId, string roomId);

    [LoggerMessage(EventId = 7014, Level = LogLevel.Warning, Message = "Conference room {RoomId}: a mixing period failed")]
    public static partial void TickFailed(ILogger logger, Exception exception, string roomId);
}
