namespace Voice.Runtime.Http.Wire;

/// <summary>
/// Everything about a remote call except its arguments, which follow the envelope as raw JSON bytes (so they are
/// serialized once, by the generated code, and never re-encoded).
/// </summary>
/// <param name="TargetNodeId">The node the caller believes owns the slot.</param>
/// <param name="DeadlineMilliseconds">Time the caller still waits for the answer.</param>
public sealed record RemoteCallEnvelope(
    string TargetNodeId,
    string GrainType,
    string GrainKey,
    string InterfaceName,
    int MethodId,
    string CallChainId,
    long DeadlineMilliseconds);
