using System.Collections.Concurrent;
using Voice.Runtime.Hosting;
using Voice.Runtime.Remoting;

namespace Voice.Runtime.Testing;

/// <summary>
/// Routes remote calls between runtimes of one process. Arguments and results stay JSON bytes (copied, as a wire
/// would), and the target runs on the thread pool without the caller's ExecutionContext, like a real hop.
/// </summary>
public sealed class InProcessRemoteGrainInvoker : IRemoteGrainInvoker
{
    private readonly ConcurrentDictionary<string, GrainRuntime> _nodes = new(StringComparer.Ordinal);
    private int _callCount;

    /// <summary>Number of calls that crossed nodes.</summary>
    public int CallCount => Volatile.Read(ref _callCount);

    public void Register(GrainRuntime node) => _nodes[node.NodeId] = node;

    public async Task<RemoteGrainResponse> InvokeAsync(RemoteGrainRequest request, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _callCount);
        if (!_nodes.TryGetValue(request.TargetNodeId, out var node))
        {
            throw new InvalidOperationException($"Node '{request.TargetNodeId}' is not part of the cluster.");
        }

        var onWire = request with { Arguments = request.Arguments.ToArray() };
        Task<RemoteGrainResponse> handling;
        using (ExecutionContext.SuppressFlow())
        {
            handling = Task.Run(() => node.HandleRemoteCallAsync(onWire, cancellationToken), cancellationToken);
        }

        var response = await handling.ConfigureAwait(false);
        return response with { Result = response.Result.ToArray() };
    }
}
