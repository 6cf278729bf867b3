namespace Voice.Runtime.Http;

/// <summary>
/// A remote grain call could not be delivered: the owning node stayed unreachable, or the slot kept moving, for
/// every attempt allowed by <see cref="HttpRemotingOptions.MaxAttempts"/>.
/// </summary>
public sealed class RemoteGrainRoutingException : Exception
{
    public RemoteGrainRoutingException()
        : this("Remote grain call could not be delivered.")
    {
    }

    public RemoteGrainRoutingException(string message)
        : base(message)
    {
    }

    public RemoteGrainRoutingException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public RemoteGrainRoutingException(GrainId grainId, string methodName, string nodeId, int attempts, string reason, Exception? innerException)
        : base($"Call to grain type '{grainId.Type}' key '{grainId.Key}' method '{methodName}' failed after {attempts} attempt(s): {reason}", innerException)
    {
        GrainId = grainId;
        MethodName = methodName;
        NodeId = nodeId;
        Attempts = attempts;
    }

    public GrainId GrainId { get; }

    public string MethodName { get; } = string.Empty;

    /// <summary>The node of the last attempt.</summary>
    public string NodeId { get; } = string.Empty;

    public int Attempts { get; }
}
