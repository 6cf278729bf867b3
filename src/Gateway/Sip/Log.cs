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

    [LoggerMessage(EventId = 5012, Level = LogLevel.Information, Message = "REGISTER of {Username}@{Realm} not authenticated: {Status}")]
    public static partial void AuthenticationRefused(ILogger logger, string username, string realm, DigestVerificationStatus status);

    [LoggerMessage(EventId = 5013, Level = LogLevel.Information, Message = "Device {DeviceKey}: {Outcome}, {Count} binding(s)")]
    public static partial void Registered(ILogger logger, string deviceKey, RegisterOutcome outcome, int count);
}
