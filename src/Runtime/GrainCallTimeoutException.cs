namespace Voice.Runtime;

/// <summary>A grain call did not complete within the configured call timeout.</summary>
public sealed class GrainCallTimeoutException : TimeoutException
{
    public GrainCallTimeoutException()
        : this("Grain call timed out.")
    {
    }

    public GrainCallTimeoutException(string message)
        : base(message)
    {
    }

    public GrainCallTimeoutException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public GrainCallTimeoutException(GrainId grainId, string methodName, TimeSpan timeout)
        : base($"Call to grain type '{grainId.Type}' key '{grainId.Key}' method '{methodName}' timed out after {timeout.TotalSeconds:0.###} s.")
    {
        GrainId = grainId;
        MethodName = methodName;
        Timeout = timeout;
    }

    public GrainId GrainId { get; }

    public string MethodName { get; } = string.Empty;

    public TimeSpan Timeout { get; }
}
