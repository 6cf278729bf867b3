using Voice.Grains.Contracts.Agents;

namespace Voice.Grains.Agents;

/// <summary>The persisted state of an Agent grain; see <see cref="AgentSnapshot"/> for what each field means.</summary>
public sealed class AgentState
{
    public AgentStatus Status { get; set; }

    public AgentWorkMode WorkMode { get; set; }

    public string? Reason { get; set; }

    public string? Dn { get; set; }

    public List<string> Queues { get; set; } = [];

    public bool Dnd { get; set; }

    public string? ForwardTo { get; set; }

    public AgentReservation? Reservation { get; set; }

    public List<string> ActiveCalls { get; set; } = [];

    public DateTimeOffset? Since { get; set; }

    public DateTimeOffset? AfterCallWorkEndsAt { get; set; }

    /// <summary>Skill name → level from the tenant configuration at login, as the agent's queues match on them.</summary>
    public Dictionary<string, int> Skills { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Calls the agent became party to since login (the fewest-calls selection of its queues).</summary>
    public int CallsHandled { get; set; }

    /// <summary>Where the agent goes when its calls and after-call work are over (set while Busy or in after-call work).</summary>
    public AgentReturnState? ReturnTo { get; set; }

    /// <summary>
    /// The <c>seq</c> of the last event published for this key: the Agent grain is the only writer of key
    /// <c>{tenant}:{agentId}</c> on <c>voice-agentstate</c>, so counting here matches the log's per-key sequence.
    /// </summary>
    public long EventSeq { get; set; }

    /// <summary>A copy to change, so a failed write can leave the stored state in place.</summary>
    public AgentState Clone()
    {
        var copy = (AgentState)MemberwiseClone();
        copy.Queues = [.. Queues];
        copy.ActiveCalls = [.. ActiveCalls];
        copy.Skills = new Dictionary<string, int>(Skills, StringComparer.Ordinal);
        return copy;
    }
}
