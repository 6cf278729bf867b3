namespace Voice.Grains.Contracts.Routing;

/// <summary>A queue's wallboard figures.</summary>
/// <param name="QueueId">The queue.</param>
/// <param name="CallsWaiting">Calls waiting now (not counting calls ringing an agent).</param>
/// <param name="OldestWaitSeconds">How long the oldest waiting call has waited.</param>
/// <param name="CallsRinging">Calls offered to an agent and not answered yet.</param>
/// <param name="AgentsReady">Agents of the queue that are Ready (and not reserved).</param>
/// <param name="AgentsNotReady">NotReady agents (including after-call work).</param>
/// <param name="AgentsBusy">Agents on a call or reserved for one.</param>
/// <param name="AgentsLoggedIn">All agents logged in to the queue.</param>
public sealed record QueueStats(
    string QueueId,
    int CallsWaiting,
    double OldestWaitSeconds,
    int CallsRinging,
    int AgentsReady,
    int AgentsNotReady,
    int AgentsBusy,
    int AgentsLoggedIn);
