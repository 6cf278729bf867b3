namespace Voice.Runtime;

/// <summary>
/// A grain on another node threw; exceptions are not serialized across nodes, so the caller receives the original
/// type name, message and stack trace as text.
/// </summary>
public sealed class GrainInvocationException : Exception
{
    public GrainInvocationException()
        : this("Remote grain call failed.")
    {
    }

    public GrainInvocationException(string message)
        : base(message)
    {
        OriginalExceptionType = string.Empty;
    }

    public GrainInvocationException(string message, Exception innerException)
        : base(message, innerException)
    {
        OriginalExceptionType = string.Empty;
    }

    public GrainInvocationException(string originalExceptionType, string message, string? remoteStackTrace)
        : base(message)
    {
        OriginalExceptionType = originalExceptionType;
        RemoteStackTrace = remoteStackTrace;
    }

    /// <summary>Full name of the exception type thrown by the remote grain.</summary>
    public string OriginalExceptionType { get; }

    public string? RemoteStackTrace { get; }
}
