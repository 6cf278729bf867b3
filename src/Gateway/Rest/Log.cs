using Microsoft.Extensions.Logging;

namespace Voice.Gateway.Rest;

/// <summary>REST gateway log lines. None carries a password, hash or token: only tenant, user name, role and address.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 5600, Level = LogLevel.Information, Message = "Token issued: tenant {Tenant}, user {Username}, role {Role}")]
    public static partial void LoginSucceeded(ILogger logger, string tenant, string username, string role);

    [LoggerMessage(EventId = 5601, Level = LogLevel.Warning, Message = "Login failed: tenant {Tenant}, user {Username}, client {Client}")]
    public static partial void LoginFailed(ILogger logger, string tenant, string username, string client);

    [LoggerMessage(EventId = 5602, Level = LogLevel.Warning, Message = "Login throttled: tenant {Tenant}, user {Username}, client {Client}")]
    public static partial void LoginThrottled(ILogger logger, string tenant, string username, string client);

    [LoggerMessage(EventId = 5603, Level = LogLevel.Information, Message = "Tenant {Tenant} configuration changed by {Username}: version {Version}")]
    public static partial void TenantChanged(ILogger logger, string tenant, string username, long version);

    [LoggerMessage(EventId = 5604, Level = LogLevel.Error, Message = "REST request {Method} {Path} failed")]
    public static partial void RequestFailed(ILogger logger, string method, string path, Exception exception);
}
