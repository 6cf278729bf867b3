using Voice.Runtime;

namespace Voice.Grains.Contracts.Routing;

/// <summary>
/// A virtual queue of a tenant (key <c>{tenant}:{queueId}</c>): calls wait in priority-then-age order and are
/// delivered to Ready agents of the queue that have the skills the call needs, chosen by the queue's selection
/// strategy. The queue reserves the agent (<c>IAgentGrain.ReserveAsync</c>, so no agent is offered two calls), then
/// hands the call to its call thread (<c>ICallThreadGrain.DeliverAsync</c>), which rings the agent's DN and reports
/// back (<see cref="DeliveredAsync"/> on answer, <see cref="DeliveryFailedAsync"/> when the agent did not answer).
/// </summary>
[GrainType("queue")]
public interface IQueueGrain : IGrainWithStringKey
{
    /// <summary>The call waits (or is delivered at once when an agent qualifies); EventQueued is published by the call thread.</summary>
    Task<QueueResult> EnqueueAsync(QueuedCall call);

    /// <summary>Takes a call out (caller hung up, strategy moved on, overflow); false when it was not waiting.</summary>
    Task<bool> RemoveAsync(string callThreadKey);

    /// <summary>The agent answered: the call leaves the queue for good.</summary>
    Task DeliveredAsync(string callThreadKey, string agentId);

    /// <summary>
    /// The agent did not answer (ring timeout) or refused: the call goes back to the head of the queue, the agent is
    /// made NotReady when the queue says so, and the next agent is tried.
    /// </summary>
    Task DeliveryFailedAsync(string callThreadKey, string agentId, string reason);

    /// <summary>An agent of the queue changed state (login, ready, not-ready, busy, logout): matching runs again.</summary>
    Task AgentChangedAsync(QueueAgent agent);

    /// <summary>What a wallboard shows: calls waiting, oldest wait, agents by state.</summary>
    Task<QueueStats> GetStatsAsync();
}
