using System.Net;
using Microsoft.Extensions.Logging;
using Voice.Sip.Message;

namespace Voice.Sip.Transport;

/// <summary>Source-generated log messages of the transport layer. Event ids 1801-1899 are stable.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 1801, Level = LogLevel.Information, Message = "SIP UDP listening on {LocalEndPoint}")]
    public static partial void UdpListening(ILogger logger, EndPoint? localEndPoint);

    [LoggerMessage(EventId = 1802, Level = LogLevel.Information, Message = "SIP TCP listening on {LocalEndPoint}")]
    public static partial void TcpListening(ILogger logger, EndPoint? localEndPoint);

    [LoggerMessage(EventId = 1803, Level = LogLevel.Debug, Message = "Rejected message from {Remote}: {Error}")]
    public static partial void MessageRejected(ILogger logger, SipEndPoint remote, SipError error);

    [LoggerMessage(EventId = 1804, Level = LogLevel.Debug, Message = "Sent {StatusCode} to {Remote} for a rejected request")]
    public static partial void ErrorResponseSent(ILogger logger, int statusCode, SipEndPoint remote);

    [LoggerMessage(EventId = 1805, Level = LogLevel.Debug, Message = "Dropped response from {Remote}: top Via sent-by {SentBy} is not ours (RFC 3261 §18.1.2)")]
    public static partial void ForeignResponseDropped(ILogger logger, SipEndPoint remote, string sentBy);

    [LoggerMessage(EventId = 1806, Level = LogLevel.Error, Message = "Message handler failed for a message from {Remote}")]
    public static partial void HandlerFailed(ILogger logger, Exception exception, SipEndPoint remote);

    [LoggerMessage(EventId = 1807, Level = LogLevel.Warning, Message = "No message handler registered; dropped a message from {Remote}")]
    public static partial void NoHandler(ILogger logger, SipEndPoint remote);

    [LoggerMessage(EventId = 1808, Level = LogLevel.Warning, Message = "Sending to {Destination} failed")]
    public static partial void SendFailed(ILogger logger, Exception exception, SipEndPoint destination);

    [LoggerMessage(EventId = 1809, Level = LogLevel.Warning, Message = "UDP receive on {LocalEndPoint} failed; the loop continues")]
    public static partial void UdpReceiveFailed(ILogger logger, Exception exception, EndPoint? localEndPoint);

    [LoggerMessage(EventId = 1810, Level = LogLevel.Warning, Message = "TCP accept on {LocalEndPoint} failed; the loop continues")]
    public static partial void TcpAcceptFailed(ILogger logger, Exception exception, EndPoint? localEndPoint);

    [LoggerMessage(EventId = 1811, Level = LogLevel.Debug, Message = "TCP connection {Remote} opened ({Direction})")]
    public static partial void TcpConnectionOpened(ILogger logger, IPEndPoint remote, string direction);

    [LoggerMessage(EventId = 1812, Level = LogLevel.Debug, Message = "TCP connection {Remote} closed: {Reason}")]
    public static partial void TcpConnectionClosed(ILogger logger, IPEndPoint remote, string reason);

    [LoggerMessage(EventId = 1813, Level = LogLevel.Information, Message = "TCP stream from {Remote} cannot be framed ({Error}); closing the connection")]
    public static partial void StreamFramingError(ILogger logger, IPEndPoint remote, SipError error);

    [LoggerMessage(EventId = 1814, Level = LogLevel.Debug, Message = "Request of {Size} bytes to {Destination} goes over TCP (RFC 3261 §18.1.1)")]
    public static partial void SwitchedToTcp(ILogger logger, int size, SipEndPoint destination);

    [LoggerMessage(EventId = 1815, Level = LogLevel.Information, Message = "TCP connect to {Destination} refused; retrying the request over UDP (RFC 3261 §18.1.1)")]
    public static partial void FellBackToUdp(ILogger logger, SipEndPoint destination);

    [LoggerMessage(EventId = 1816, Level = LogLevel.Warning, Message = "TCP read from {Remote} failed")]
    public static partial void TcpReadFailed(ILogger logger, Exception exception, IPEndPoint remote);
}
