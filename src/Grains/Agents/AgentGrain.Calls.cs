using Voice.Grains.Contracts.Agents;
using Voice.Runtime;

namespace Voice.Grains.Agents;

public sealed partial class AgentGrain
{
    /// <summary>Cause of the change when a call ends and after-call work starts, or is skipped.</summary>
    public const string CallEndedCause = "CallEnded";

    /// <summary>Cause of the return from after-call work when its timer runs out.</summary>
    public const string AfterCallWorkEndedCause = "AfterCallWorkEnded";

    /// <summary>Cause when the sweep found the agent's last call gone without a CallEndedAsync.</summary>
    public const string StaleCallCause = "StaleCall";

    public async Task<AgentResult> ReserveAsync(string callThreadKey, TimeSpan ttl)
    {
        const string Operation = "reserve";
        if (string.IsNullOrEmpty(callThreadKey) || ttl <= TimeSpan.Zero)
        {
            return Refuse(Operation, AgentErrorCode.InvalidArgument, "A reservation needs a call thread key and a positive time.");
        }

        var refusal = await CheckLoggedInAsync(Operation);
        if (refusal is not null)
        {
            return refusal;
        }

        var now = time.GetUtcNow();
        if (State.Status != AgentStatus.Ready)
        {
            return Refuse(Operation, AgentErrorCode.NotReady, $"Agent '{AgentId}' is {State.Status}, not Ready.");
        }

        if (State.Dnd)
        {
            return Refuse(Operation, AgentErrorCode.DoNotDisturb, $"Agent '{AgentId}' has do-not-disturb on.");
        }

        // A lapsed reservation whose reminder has not run yet no longer binds the agent.
        if (State.Reservation is { } held && held.ExpiresAt > now && !string.Equals(held.CallThreadKey, callThreadKey, StringComparison.Ordinal))
        {
            return Refuse(Operation, AgentErrorCode.AlreadyReserved, $"Agent '{AgentId}' is reserved for another call until {held.ExpiresAt:O}.");
        }

        var next = State.Clone();
        next.Reservation = new AgentReservation(callThreadKey, now + ttl);
        return await CommitAsync(next, []);
    }

    public async Task<AgentResult> ReleaseReservationAsync(string callThreadKey)
    {
        if (State.Reservation is not { } held || !string.Equals(held.CallThreadKey, callThreadKey, StringComparison.Ordinal))
        {
            return Refuse("release-reservation", AgentErrorCode.NoReservation, $"Agent '{AgentId}' holds no reservation for call '{callThreadKey}'.");
        }

        var next = State.Clone();
        next.Reservation = null;
        return await CommitAsync(next, []);
    }

    public async Task<AgentResult> CallStartedAsync(string callThreadKey)
    {
        const string Operation = "call-started";
        if (string.IsNullOrEmpty(callThreadKey))
        {
            return Refuse(Operation, AgentErrorCode.InvalidArgument, "The call thread key is empty.");
        }

        if (State.Status == AgentStatus.LoggedOut)
        {
            return Refuse(Operation, AgentErrorCode.NotLoggedIn, $"Agent '{AgentId}' is not logged in.");
        }

        if (State.ActiveCalls.Contains(callThreadKey, StringComparer.Ordinal))
        {
            return AgentResult.Ok(Snapshot());
        }

        var now = time.GetUtcNow();
        var next = State.Clone();
        next.ActiveCalls.Add(callThreadKey);
        next.CallsHandled++;
        if (next.Reservation is { } held && string.Equals(held.CallThreadKey, callThreadKey, StringComparison.Ordinal))
        {
            next.Reservation = null;
        }

        if (next.Status != AgentStatus.Busy)
        {
            // A call during after-call work keeps the return point from before the first call.
            next.ReturnTo = next.AfterCallWorkEndsAt is not null && next.ReturnTo is not null
                ? next.ReturnTo
                : new AgentReturnState(next.Status, next.WorkMode, next.Reason);
            next.AfterCallWorkEndsAt = null;
            Enter(next, AgentStatus.Busy, next.ReturnTo.WorkMode, next.ReturnTo.Reason, now);
        }

        // Busy has no agent event: the call's own events (voice-callthread) say the agent is on it.
        return await CommitAsync(next, []);
    }

    public async Task<AgentResult> CallEndedAsync(string callThreadKey, TimeSpan? afterCallWork)
    {
        if (!State.ActiveCalls.Contains(callThreadKey, StringComparer.Ordinal))
        {
            // Repeated or late news of a call already over (or never known): nothing to do, never an error.
            return AgentResult.Ok(Snapshot());
        }

        var next = State.Clone();
        next.ActiveCalls.RemoveAll(k => string.Equals(k, callThreadKey, StringComparison.Ordinal));
        // A negative time is read as none: a call's end must always release the agent, so it is never refused.
        var wrapUp = afterCallWork ?? await TenantAfterCallWorkAsync() ?? _options.AfterCallWork;
        return await CommitAsync(next, LeaveBusyIfIdle(next, wrapUp < TimeSpan.Zero ? TimeSpan.Zero : wrapUp, CallEndedCause, time.GetUtcNow()));
    }

    /// <summary>
    /// When <paramref name="next"/> has no call left: after-call work for <paramref name="wrapUp"/>, or straight back
    /// to the return state when it is zero. Returns the event that publishes the change (none while calls remain).
    /// </summary>
    private List<GrainEvent> LeaveBusyIfIdle(AgentState next, TimeSpan wrapUp, string cause, DateTimeOffset now)
    {
        if (next.Status != AgentStatus.Busy || next.ActiveCalls.Count > 0)
        {
            return [];
        }

        if (wrapUp > TimeSpan.Zero)
        {
            next.AfterCallWorkEndsAt = now + wrapUp;
            Enter(next, AgentStatus.NotReady, AgentWorkMode.AfterCallWork, null, now);
            return [Publish(next, AgentEventIds.NotReady, now, cause)];
        }

        return [Return(next, cause, now)];
    }

    /// <summary>Puts <paramref name="next"/> back where it was before its calls and publishes that.</summary>
    private GrainEvent Return(AgentState next, string cause, DateTimeOffset now)
    {
        var target = next.ReturnTo ?? new AgentReturnState(AgentStatus.NotReady, AgentWorkMode.AuxWork, null);
        next.ReturnTo = null;
        next.AfterCallWorkEndsAt = null;
        Enter(next, target.Status, target.WorkMode, target.Reason, now);
        return Publish(next, target.Status == AgentStatus.Ready ? AgentEventIds.Ready : AgentEventIds.NotReady, now, cause);
    }
}
