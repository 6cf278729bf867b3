namespace Voice.Runtime.Remoting;

/// <summary>
/// Carries a call to the node that owns the grain's slot (HTTP/2 between nodes in production, in-process in the
/// test cluster). Arguments and results travel as JSON produced by the generated code.
/// </summary>
public interface IRemoteGrainInvoker
{
    Task<RemoteGrainResponse> InvokeAsync(RemoteGrainRequest request, CancellationToken cancellationToken = default);
}
