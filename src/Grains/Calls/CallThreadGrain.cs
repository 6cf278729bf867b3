using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Voice.Grains.Contracts.Agents;
using Voice.Grains.Contracts.Calls;
using Voice.Grains.Contracts.Media;
using Voice.Runtime;

namespace Voice.Grains.Calls;

/// <summary>
/// The B2BUA's call thread (key <c>{tenant}:{id}</c>): keeps the caller's dialog and the callee dialogs, decides what
/// each SIP event means for the call, stores that decision with its events (one atomic write), then has the gateways
/// carry it out (<see cref="ISipSignalling"/>). Because every decision is stored before it is acted on, another node
/// can continue the call after this one dies.
/// </summary>
public sealed partial class CallThreadGrain(
    ISipSignalling signalling,
    IOptions<CallThreadOptions> options,
    TimeProvider time,
    ILogger<CallThreadGrain>? logger = null,
    IConferenceMixer? mixer = null) : Grain<CallThreadState>, ICallThreadGrain, IRemindable
{
    /// <summary>The one durable timer of a call: no-answer while alerting, then the linger before the state is deleted.</summary>
    public const string TimerReminder = "call-timer";

    private readonly ILogger _logger = (ILogger?)logger ?? NullLogger.Instance;
    private readonly CallThreadOptions _options = options.Value;

    private string TenantId => CallThreadKey.Split(Key).TenantId;

    private string CallThreadId => CallThreadKey.Split(Key).CallThreadId;

    private string LocalTag => CallThreadKey.Tag(TenantId, CallThreadId);

    public async Task ReceiveReminderAsync(string reminderName, ReminderTick tick)
    {
        if (!string.Equals(reminderName, TimerReminder, StringComparison.Ordinal))
        {
            return;
        }

        switch (State.Phase)
        {
            case CallPhase.Alerting when State.Routing is { RoutedToDn: false } routing:
                // Waiting at a route point or in a queue: only an agent's ring time runs here (the session keeps the rest).
                if (routing is { DeliveredAgentId: not null, RingDeadline: { } deadline } && time.GetUtcNow() < deadline)
                {
                    // A tick a little early (timer granularity): wait out the rest of the ring time.
                    await RegisterOrUpdateReminderAsync(TimerReminder, deadline - time.GetUtcNow(), _options.NoAnswerTimeout);
                }
                else if (routing.DeliveredAgentId is null || !await ExpireDeliveryAsync())
                {
                    await UnregisterReminderAsync(TimerReminder);
                }

                break;
            case CallPhase.Alerting:
                Log.NoAnswer(_logger, Key);
                await ReleaseUnansweredAsync(480, "Temporarily Unavailable", ReleaseCause.NoAnswer, abandoned: false);
                break;
            case CallPhase.Released:
                // The linger is over: nothing can still need this call's dialogs.
                await UnregisterReminderAsync(TimerReminder);
                await ClearStateAsync();
                DeactivateOnIdle();
                break;
            case CallPhase.Established when State.Bridge is { SourceLegId: null, RingDeadline: not null }:
                // A transfer or consultation destination ringing: given up on once its time is over.
                await ExpireBridgeRingingAsync();
                break;
            default:
                // Established (or already gone): a tick that lost the race with the answer.
                await UnregisterReminderAsync(TimerReminder);
                break;
        }
    }

    private IEnumerable<CallLeg> AllLegs() => State.Caller is null ? State.Callees : State.Callees.Prepend(State.Caller);

    private CallLeg? FindLeg(string legId) => AllLegs().FirstOrDefault(l => string.Equals(l.Id, legId, StringComparison.Ordinal));

    private CallLeg? AnsweredCallee => State.AnsweredLegId is { } id ? FindLeg(id) : null;

    /// <summary>The origination party's leg now (the caller's, or whoever it transferred to).</summary>
    private CallLeg? ALeg => FindLeg(State.ALegId);

    /// <summary>Whether <paramref name="leg"/> is the origination party's (else a destination's).</summary>
    private bool IsOrigination(CallLeg leg) => leg.Id == State.ALegId;

    /// <summary>Stores the state with <paramref name="events"/> (both or neither), then carries out <paramref name="actions"/>.</summary>
    private async Task CommitAsync(CallChange change)
    {
        await WriteStateAsync(change.Events);
        if (change.Actions.Count > 0)
        {
            await signalling.ExecuteAsync(change.Actions);
        }

        foreach (var (nodeId, roomId, participantId) in change.MixerReleases)
        {
            await ReleaseMixerAsync(nodeId, roomId, participantId);
        }

        foreach (var notice in change.Notices)
        {
            // On a fresh call chain: the queue or session told may be calling this call right now (it delivers or
            // routes it), and a notice carrying that chain would run inside its turn instead of after it.
            _ = DetachedCall.Start(() => RunNoticeAsync(notice));
        }

        foreach (var (agentId, joined) in change.AgentNotices)
        {
            // Not awaited: an agent's stale-call check may be calling this grain right now, and waiting on each other
            // would stall both until the call timeout. A notice lost with this node is repaired by that same check.
            _ = NotifyAgentAsync(agentId, joined);
        }
    }

    private void NoticeAgents(CallChange change, bool joined)
    {
        foreach (var agentId in new[] { State.CalleeAgentId, State.CallerAgentId }.OfType<string>().Distinct())
        {
            change.AgentNotices.Add((agentId, joined));
        }
    }

    private async Task RunNoticeAsync(Func<Task> notice)
    {
        try
        {
            await notice();
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            Log.NoticeFailed(_logger, Key, ex);
        }
    }

    private async Task NotifyAgentAsync(string agentId, bool joined)
    {
        try
        {
            var agent = GrainFactory.GetGrain<IAgentGrain>(AgentKey.For(TenantId, agentId));
            var result = joined ? await agent.CallStartedAsync(Key) : await agent.CallEndedAsync(Key, null);
            Log.AgentNotified(_logger, Key, agentId, joined, result.IsOk);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            Log.AgentNotifyFailed(_logger, Key, agentId, ex);
        }
    }
}
