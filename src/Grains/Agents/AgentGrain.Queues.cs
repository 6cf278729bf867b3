using Voice.Grains.Contracts.Agents;
using Voice.Grains.Contracts.Routing;

namespace Voice.Grains.Agents;

public sealed partial class AgentGrain
{
    // The notices of this activation, in order: each waits for the one before, so a queue never sees Ready after a
    // later NotReady. (A refused reservation also hands the queue the agent's current state.)
    private Task _queueNotices = Task.CompletedTask;

    /// <summary>
    /// After a commit: tells each queue the agent is (or was) logged in to what it looks like now, when anything a queue
    /// matches on changed. A queue the agent left hears LoggedOut. Sent on a fresh call chain and not awaited: the
    /// queue may be calling this agent right now (reserve), and it calls agents back from its own turns.
    /// </summary>
    private void NoticeQueues(AgentState previous)
    {
        // The stored fields are compared, not the views: a lapsed reservation already looks free in both views, yet
        // its removal is exactly what a queue that saw it granted must hear.
        var sameQueues = previous.Queues.SequenceEqual(State.Queues, StringComparer.Ordinal);
        if (sameQueues && (previous.Status, previous.Dn, previous.Since, previous.CallsHandled, previous.Reservation) == (State.Status, State.Dn, State.Since, State.CallsHandled, State.Reservation))
        {
            return;
        }

        var after = QueueView(State, time.GetUtcNow());

        var notices = previous.Queues.Union(State.Queues, StringComparer.Ordinal)
            .Select(queue => (queue, State.Queues.Contains(queue, StringComparer.Ordinal) ? after : after with { Status = AgentStatus.LoggedOut }))
            .ToList();
        if (notices.Count == 0)
        {
            return;
        }

        var factory = GrainFactory;
        var earlier = _queueNotices;
        _queueNotices = DetachedCall.Start(async () =>
        {
            await earlier;
            foreach (var (queue, view) in notices)
            {
                try
                {
                    await factory.GetGrain<IQueueGrain>(QueueKey.For(TenantId, queue)).AgentChangedAsync(view);
                }
                catch (Exception e) when (e is not OutOfMemoryException)
                {
                    Log.QueueNoticeFailed(_logger, Key, queue, e);
                }
            }
        });
    }

    private QueueAgent QueueView(AgentState state, DateTimeOffset now) => new(
        AgentId,
        state.Status,
        state.Dn,
        state.Skills,
        state.Since ?? now,
        state.CallsHandled,
        state.Reservation is { } held && held.ExpiresAt > now);
}
