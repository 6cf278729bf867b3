using Microsoft.Extensions.Logging;

namespace Voice.Sip.Auth;

/// <summary>
/// Log events of the digest components. Deliberately never passes passwords, HA1s, responses, nonces or
/// cnonces: a log line must not help anyone replay or brute-force credentials.
/// </summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 4100, Level = LogLevel.Debug, Message = "Digest credentials accepted for {Username} in realm {Realm}")]
    public static partial void Accepted(ILogger logger, string username, string realm);

    [LoggerMessage(EventId = 4101, Level = LogLevel.Debug, Message = "Digest credentials refused in realm {Realm}: {Status}")]
    public static partial void Refused(ILogger logger, string realm, DigestVerificationStatus status);

    // Replays and foreign nonces are what an attacker produces; they get a level operators watch.
    [LoggerMessage(EventId = 4103, Level = LogLevel.Warning, Message = "Suspicious digest credentials in realm {Realm}: {Status}")]
    public static partial void Suspicious(ILogger logger, string realm, DigestVerificationStatus status);

    [LoggerMessage(EventId = 4102, Level = LogLevel.Debug, Message = "No supported digest challenge in a {StatusCode} response")]
    public static partial void NoUsableChallenge(ILogger logger, int statusCode);
}
