namespace Voice.Silo.Options;

/// <summary>Process exit codes of the node host.</summary>
public static class SiloExitCodes
{
    /// <summary>Normal stop (SIGTERM / Ctrl+C after a graceful drain) or --help.</summary>
    public const int Ok = 0;

    /// <summary>Startup failed for a reason other than bad input (Redis unreachable, port in use, ...).</summary>
    public const int StartupFailed = 1;

    /// <summary>Bad option, bad environment variable or invalid tenant file; the message names which.</summary>
    public const int InvalidInput = 2;
}
