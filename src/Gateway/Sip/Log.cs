using Microsoft.Extensions.Logging;
using Voice.Grains.Contracts.Registrar;
using Voice.Sip.Auth;
using Voice.Sip.Transaction;
using Voice.Sip.Transport;

namespace Voice.Gateway.Sip;

internal static partial class Log
{
    [LoggerMessage(EventId = 5000, Level = LogLevel.Debug, Message = "{Method} {CallId} from {Remote}")]
    public static partial void Received(ILogger logger, string method, string callId, SipEndPoint remote);

    [LoggerMessage(EventId = 5001, Level = LogLevel.Warning, Message = "{Method} {CallId}: grain call failed")]
    public static partial void GrainFailed(ILogger logger, string method, string callId, Exception exception);

    [LoggerMessage(EventId = 5002, Level = LogLevel.Information, Message = "{Method} {CallId}: server transaction failed ({Failure})")]
    public static partial void TransactionFailed(ILogger logger, string method, string callId, SipTransactionFailure failure);

    [LoggerMessage(EventId = 5010, Level = LogLevel.Debug, Message = "REGISTER {CallId} answered {Status}")]
    public static partial void Answered(ILogger logger, string callId, int status);

    [LoggerMessage(EventId = 5011, Level = LogLevel.Information, Message = "REGISTER for unknown domain {Domain}")]
    public static partial void UnknownDomain(ILogger logger, string domain);

    [LoggerMessage(EventId = 5012, Level = LogLevel.Information, Message = "{Method} of {Username}@{Realm} not authenticated: {Status}")]
    public static partial void AuthenticationRefused(ILogger logger, string method, string username, string realm, DigestVerificationStatus status);

    [LoggerMessage(EventId = 5013, Level = LogLevel.Information, Message = "Device {DeviceKey}: {Outcome}, {Count} binding(s)")]
    public static partial void Registered(ILogger logger, string deviceKey, RegisterOutcome outcome, int count);

    [LoggerMessage(EventId = 5003, Level = LogLevel.Error, Message = "SIP request handler failed")]
    public static partial void HandlerFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 5020, Level = LogLevel.Debug, Message = "INVITE {CallId} offered to call {Key}: {Status}")]
    public static partial void Offered(ILogger logger, string callId, string key, int status);

    [LoggerMessage(EventId = 5021, Level = LogLevel.Warning, Message = "SIP action {Action} failed")]
    public static partial void ActionFailed(ILogger logger, string action, Exception exception);

    [LoggerMessage(EventId = 5022, Level = LogLevel.Information, Message = "Transaction {Handle} is gone; {Status} not sent")]
    public static partial void TransactionGone(ILogger logger, string handle, int status);

    [LoggerMessage(EventId = 5023, Level = LogLevel.Warning, Message = "Reporting {What} for {Key} to its call failed")]
    public static partial void ReportFailed(ILogger logger, string what, string key, Exception exception);

    [LoggerMessage(EventId = 5024, Level = LogLevel.Debug, Message = "Call {Key}: no pending INVITE on leg {LegId} to cancel")]
    public static partial void NothingToCancel(ILogger logger, string key, string legId);

    [LoggerMessage(EventId = 5025, Level = LogLevel.Debug, Message = "{Method} on call {Key} leg {LegId} answered {Status}")]
    public static partial void RequestAnswered(ILogger logger, string method, string key, string legId, int status);

    [LoggerMessage(EventId = 5026, Level = LogLevel.Warning, Message = "Node {NodeId} unreachable; {Count} SIP action(s) handled here instead")]
    public static partial void NodeUnreachable(ILogger logger, string nodeId, int count);

    [LoggerMessage(EventId = 5027, Level = LogLevel.Warning, Message = "Handing SIP actions to node {NodeId} failed")]
    public static partial void EdgeFailed(ILogger logger, string nodeId, Exception exception);
}
