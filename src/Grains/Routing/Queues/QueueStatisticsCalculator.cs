using Voice.Grains.Contracts.Agents;

namespace Voice.Grains.Routing.Queues;

/// <summary>Computes <see cref="QueueStatistics"/> from the waiting calls and the statuses of the queue's agents.</summary>
public static class QueueStatisticsCalculator
{
    public static QueueStatistics Calculate(
        IEnumerable<WaitingCall> waiting,
        IEnumerable<AgentStatus> agentStatuses,
        DateTimeOffset now)
    {
        var calls = 0;
        DateTimeOffset? oldest = null;
        foreach (var call in waiting)
        {
            calls++;
            if (oldest is null || call.EnqueuedAt < oldest)
            {
                oldest = call.EnqueuedAt;
            }
        }

        int ready = 0, notReady = 0, busy = 0, loggedOut = 0;
        foreach (var status in agentStatuses)
        {
            switch (status)
            {
                case AgentStatus.Ready: ready++; break;
                case AgentStatus.NotReady: notReady++; break;
                case AgentStatus.Busy: busy++; break;
                case AgentStatus.LoggedOut: loggedOut++; break;
                default: throw new ArgumentOutOfRangeException(nameof(agentStatuses), status, "unknown agent status");
            }
        }

        // A clock that steps back (another node's enqueue time) must not show a negative wait.
        var oldestWait = oldest is { } since && now > since ? now - since : TimeSpan.Zero;
        return new QueueStatistics(calls, oldestWait, ready, notReady, busy, loggedOut);
    }
}
