namespace Voice.Grains.Routing.Queues;

/// <summary>What a supervisor's wallboard shows for one queue.</summary>
/// <param name="CallsWaiting">Calls in the queue.</param>
/// <param name="OldestWait">How long the longest-waiting call has waited; zero when none waits.</param>
/// <param name="AgentsReady">Agents of the queue who are Ready.</param>
/// <param name="AgentsNotReady">Agents logged in but NotReady.</param>
/// <param name="AgentsBusy">Agents on a call.</param>
/// <param name="AgentsLoggedOut">Agents of the queue who are not logged in.</param>
public sealed record QueueStatistics(
    int CallsWaiting,
    TimeSpan OldestWait,
    int AgentsReady,
    int AgentsNotReady,
    int AgentsBusy,
    int AgentsLoggedOut);
