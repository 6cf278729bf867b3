using Voice.Grains.Contracts.Calls;
using Voice.Runtime;

namespace Voice.Grains.Calls;

/// <summary>What one turn of a call thread decided: the events to store with the state, then the SIP actions to take.</summary>
public sealed class CallChange
{
    public List<GrainEvent> Events { get; } = [];

    public List<SipAction> Actions { get; } = [];

    /// <summary>Agents to tell, once the change is stored, that they joined (true) or left (false) the call.</summary>
    public List<(string AgentId, bool Joined)> AgentNotices { get; } = [];

    /// <summary>Grain calls to make once the change is stored, not awaited (routing sessions, queues: they call back).</summary>
    public List<Func<Task>> Notices { get; } = [];

    /// <summary>Mixer participants to take out once the change is stored (room node, room, participant; null = the whole room).</summary>
    public List<(string NodeId, string RoomId, string? ParticipantId)> MixerReleases { get; } = [];
}
