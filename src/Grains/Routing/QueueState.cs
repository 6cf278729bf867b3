using Voice.Grains.Contracts.Routing;
using Voice.Grains.Routing.Queues;

namespace Voice.Grains.Routing;

/// <summary>The persisted state of a Queue grain.</summary>
public sealed class QueueState
{
    /// <summary>Calls waiting for an agent (any order: the grain keeps them in <see cref="WaitingCallOrder"/>).</summary>
    public List<WaitingCall> Waiting { get; set; } = [];

    /// <summary>Calls handed to an agent's call thread and not yet reported answered or failed.</summary>
    public List<QueueOffer> Offers { get; set; } = [];

    /// <summary>The queue's logged-in agents as their last notices described them.</summary>
    public List<QueueAgent> Agents { get; set; } = [];

    /// <summary>The round-robin selector's last choice, so the turn survives a restart.</summary>
    public string? RoundRobinCursor { get; set; }
}
