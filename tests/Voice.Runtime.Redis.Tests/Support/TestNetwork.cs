using System.Collections.Concurrent;
using Voice.Runtime.Hosting;
using Voice.Runtime.Remoting;
using Voice.Runtime.Testing;

namespace Voice.Runtime.Redis.Tests.Support;

/// <summary>The runtime's in-process invoker plus an "unreachable" switch per node, as a crashed process would be.</summary>
public sealed class TestNetwork : IRemoteGrainInvoker
{
    private readonly InProcessRemoteGrainInvoker _inner = new();
    private readonly ConcurrentDictionary<string, byte> _down = new(StringComparer.Ordinal);

    public void Register(GrainRuntime runtime) => _inner.Register(runtime);

    public void TakeDown(string nodeId) => _down[nodeId] = 0;

    public Task<RemoteGrainResponse> InvokeAsync(RemoteGrainRequest request, CancellationToken cancellationToken = default)
        => _down.ContainsKey(request.TargetNodeId)
            ? Task.FromException<RemoteGrainResponse>(new InvalidOperationException($"Node '{request.TargetNodeId}' is unreachable."))
            : _inner.InvokeAsync(request, cancellationToken);
}
