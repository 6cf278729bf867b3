using Microsoft.Extensions.Logging;
using Voice.Sip.Transport;

namespace Voice.Sip.Transaction;

/// <summary>Source-generated log messages of the transaction layer (EventIds 1700–1749, after RFC 3261 §17).</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 1700, Level = LogLevel.Debug, Message = "Transaction {Key}: {From} -> {To}")]
    public static partial void StateChanged(ILogger logger, SipTransactionKey key, SipTransactionState from, SipTransactionState to);

    [LoggerMessage(EventId = 1701, Level = LogLevel.Warning, Message = "Transaction {Key}: transport error sending to {Destination}")]
    public static partial void TransportError(ILogger logger, SipTransactionKey key, SipEndPoint destination, Exception exception);

    [LoggerMessage(EventId = 1702, Level = LogLevel.Debug, Message = "Transaction {Key}: response {Status} from the TU ignored in state {State}")]
    public static partial void ResponseIgnored(ILogger logger, SipTransactionKey key, int status, SipTransactionState state);

    [LoggerMessage(EventId = 1703, Level = LogLevel.Debug, Message = "Request retransmission absorbed by {Key}")]
    public static partial void RetransmissionAbsorbed(ILogger logger, SipTransactionKey key);

    [LoggerMessage(EventId = 1704, Level = LogLevel.Warning, Message = "Inbound {Kind} from {Remote} dropped: no usable Via/CSeq to match a transaction")]
    public static partial void Unmatchable(ILogger logger, string kind, SipEndPoint remote);

    [LoggerMessage(EventId = 1705, Level = LogLevel.Information, Message = "Merged request {Key} from {Remote} rejected with 482 (RFC 3261 §8.2.2.2)")]
    public static partial void MergedRequest(ILogger logger, SipTransactionKey key, SipEndPoint remote);

    [LoggerMessage(EventId = 1706, Level = LogLevel.Debug, Message = "CANCEL from {Remote} matches no transaction; 481")]
    public static partial void CancelUnmatched(ILogger logger, SipEndPoint remote);

    [LoggerMessage(EventId = 1707, Level = LogLevel.Warning, Message = "Request {Method} from {Remote} dropped: no transaction user is set")]
    public static partial void NoTransactionUser(ILogger logger, string method, SipEndPoint remote);

    [LoggerMessage(EventId = 1708, Level = LogLevel.Error, Message = "The transaction user threw while handling {What}")]
    public static partial void TransactionUserFailed(ILogger logger, string what, Exception exception);
}
