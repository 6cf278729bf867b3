using Microsoft.Extensions.Logging;
using Voice.Media.Negotiation;

namespace Voice.Gateway.Media;

internal static partial class Log
{
    [LoggerMessage(EventId = 3600, Level = LogLevel.Information, Message = "Conference {RoomId}: the offer of {ParticipantId} cannot be mixed ({Reason})")]
    public static partial void OfferRefused(ILogger logger, string roomId, string participantId, OfferRejectionReason reason);

    [LoggerMessage(EventId = 3601, Level = LogLevel.Warning, Message = "Conference {RoomId}: no media port for {ParticipantId}")]
    public static partial void NoPorts(ILogger logger, string roomId, string participantId, Exception exception);
}
