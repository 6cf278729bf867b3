using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Voice.Grains.Contracts.Media;
using Voice.Media.Conference;
using Voice.Media.Negotiation;
using Voice.Runtime.Hosting;

namespace Voice.Gateway.Media;

/// <summary>
/// The node's conference mixer for call threads: rooms asked for on this node live in its own
/// <see cref="ConferenceBridge"/>; rooms of other nodes are reached through <see cref="MediaEdgeClient"/>.
/// </summary>
public sealed class ConferenceMixerService(
    ConferenceBridge bridge,
    IOptions<GrainRuntimeOptions> runtime,
    MediaEdgeClient? edge = null,
    ILogger<ConferenceMixerService>? logger = null) : IConferenceMixer
{
    private readonly ILogger _logger = (ILogger?)logger ?? NullLogger.Instance;

    public string LocalNodeId => runtime.Value.NodeId;

    public async Task<MixerJoinResult> JoinAsync(string nodeId, string roomId, string participantId, string offerSdp)
    {
        if (!IsLocal(nodeId))
        {
            return edge is null
                ? MixerJoinResult.Refused($"node {nodeId} cannot be reached from here")
                : await edge.JoinAsync(nodeId, new MixerRequest(roomId, participantId, offerSdp)).ConfigureAwait(false);
        }

        try
        {
            return MixerJoinResult.Joined(await bridge.JoinAsync(roomId, participantId, offerSdp).ConfigureAwait(false));
        }
        catch (MediaOfferRejectedException ex)
        {
            Log.OfferRefused(_logger, roomId, participantId, ex.Reason);
            return MixerJoinResult.Refused($"{ex.Reason}: {ex.Message}");
        }
        catch (MediaPortsExhaustedException ex)
        {
            Log.NoPorts(_logger, roomId, participantId, ex);
            return MixerJoinResult.Refused("no media port is free on this node");
        }
    }

    public Task LeaveAsync(string nodeId, string roomId, string participantId) =>
        IsLocal(nodeId) ? bridge.LeaveAsync(roomId, participantId) : edge?.SendAsync(nodeId, MediaEdgeClient.LeavePath, new MixerRequest(roomId, participantId, null)) ?? Task.CompletedTask;

    public Task CloseRoomAsync(string nodeId, string roomId) =>
        IsLocal(nodeId) ? bridge.CloseRoomAsync(roomId) : edge?.SendAsync(nodeId, MediaEdgeClient.ClosePath, new MixerRequest(roomId, null, null)) ?? Task.CompletedTask;

    private bool IsLocal(string nodeId) => string.Equals(nodeId, LocalNodeId, StringComparison.Ordinal);
}
