namespace Voice.Runtime.Remoting;

/// <summary>A grain call bound for another node.</summary>
/// <param name="TargetNodeId">Owner of the slot when the call was sent.</param>
/// <param name="GrainId">Target grain.</param>
/// <param name="InterfaceName">Full name of the grain interface (selects the generated invoker).</param>
/// <param name="MethodId">Generated method id.</param>
/// <param name="Arguments">UTF-8 JSON array of the arguments.</param>
/// <param name="CallChainId">Call chain of the caller, so reentrancy works across nodes.</param>
public sealed record RemoteGrainRequest(
    string TargetNodeId,
    GrainId GrainId,
    string InterfaceName,
    int MethodId,
    ReadOnlyMemory<byte> Arguments,
    string CallChainId);
