using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Voice.Grains.Contracts.Calls;
using Voice.Runtime.Hosting;

namespace Voice.Gateway.Sip.Calls;

/// <summary>
/// <see cref="ISipSignalling"/> for the node: actions for this node run on its own stack; actions for another node
/// travel to that node's gateway (<see cref="SipEdgeClient"/>). When that node cannot be reached, requests to a peer
/// are sent from here instead (its flow is gone with it), while answers on its transactions are dropped — those
/// transactions died with it, and the peer's retransmission will find the call through another node.
/// </summary>
public sealed class SipCallSignalling(
    SipLegExecutor executor,
    IOptions<GrainRuntimeOptions> runtime,
    SipEdgeClient? edge = null,
    ILogger<SipCallSignalling>? logger = null) : ISipSignalling
{
    private readonly ILogger _logger = (ILogger?)logger ?? NullLogger.Instance;

    public string LocalNodeId => runtime.Value.NodeId;

    public async Task ExecuteAsync(IReadOnlyList<SipAction> actions)
    {
        ArgumentNullException.ThrowIfNull(actions);
        foreach (var group in actions.GroupBy(a => a.NodeId, StringComparer.Ordinal))
        {
            if (group.Key == LocalNodeId || edge is null)
            {
                await RunLocallyAsync(group).ConfigureAwait(false);
                continue;
            }

            if (!await edge.TrySendAsync(group.Key, [.. group]).ConfigureAwait(false))
            {
                Log.NodeUnreachable(_logger, group.Key, group.Count());
                await RunLocallyAsync(group.Where(a => a is SendRequestAction)).ConfigureAwait(false);
            }
        }
    }

    private async Task RunLocallyAsync(IEnumerable<SipAction> actions)
    {
        foreach (var action in actions)
        {
            await executor.ExecuteAsync(action).ConfigureAwait(false);
        }
    }
}
