namespace Voice.Grains.Contracts.Media;

/// <summary>
/// Where a call thread's conference audio is mixed: rooms live on one node's mixer (the node that created them),
/// and any node can reach them through this service. Implemented by the node host (the gateway's media edge).
/// </summary>
public interface IConferenceMixer
{
    /// <summary>The node whose mixer takes new rooms when asked from here.</summary>
    string LocalNodeId { get; }

    /// <summary>
    /// Adds (or re-negotiates) <paramref name="participantId"/> in <paramref name="roomId"/> on
    /// <paramref name="nodeId"/>'s mixer with the participant's SDP offer; the result is the mixer's SDP answer, or
    /// why the offer cannot be mixed.
    /// </summary>
    Task<MixerJoinResult> JoinAsync(string nodeId, string roomId, string participantId, string offerSdp);

    /// <summary>Takes <paramref name="participantId"/> out of the room (no error if it is not there).</summary>
    Task LeaveAsync(string nodeId, string roomId, string participantId);

    /// <summary>Closes the room and frees its ports (no error if it is gone).</summary>
    Task CloseRoomAsync(string nodeId, string roomId);
}
