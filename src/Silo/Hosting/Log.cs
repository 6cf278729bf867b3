namespace Voice.Silo.Hosting;

internal static partial class Log
{
    [LoggerMessage(EventId = 4000, Level = LogLevel.Information, Message = "Node {NodeId} started in {Mode} mode: HTTP port {HttpPort}, SIP port {SipPort}, tenant file {TenantFile}")]
    public static partial void Started(ILogger logger, string nodeId, Options.SiloMode mode, int httpPort, int sipPort, string tenantFile);

    [LoggerMessage(EventId = 4001, Level = LogLevel.Information, Message = "Tenant {TenantId} applied at version {Version}")]
    public static partial void TenantApplied(ILogger logger, string tenantId, long version);

    [LoggerMessage(EventId = 4002, Level = LogLevel.Warning, Message = "Applying tenant {TenantId} failed, retrying: {Reason}")]
    public static partial void TenantApplyRetry(ILogger logger, string tenantId, string reason);

    [LoggerMessage(EventId = 4003, Level = LogLevel.Information, Message = "Node {NodeId} draining: /readyz now 503, handing over in {DelaySeconds} s")]
    public static partial void DrainStarted(ILogger logger, string nodeId, double delaySeconds);

    [LoggerMessage(EventId = 4004, Level = LogLevel.Information, Message = "Node {NodeId} stopped")]
    public static partial void Stopped(ILogger logger, string nodeId);
}
