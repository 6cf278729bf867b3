using Voice.Grains.Contracts.Agents;
using Voice.Grains.Contracts.Calls;
using Voice.Runtime;

namespace Voice.Grains.Agents;

public sealed partial class AgentGrain
{
    /// <summary>Ends after-call work.</summary>
    public const string AfterCallWorkReminder = "after-call-work";

    /// <summary>Drops a reservation nobody used.</summary>
    public const string ReservationReminder = "reservation-expiry";

    /// <summary>While Busy, asks the agent's call threads whether they still exist.</summary>
    public const string CallSweepReminder = "call-sweep";

    // One-shot reminders keep a period only as a retry in case a tick is lost; a handled tick unregisters them.
    private static readonly TimeSpan OneShotRetryPeriod = TimeSpan.FromMinutes(1);

    // What each reminder is armed for in this activation; a missing entry means "unknown", so the next sync re-arms.
    private readonly Dictionary<string, DateTimeOffset?> _armed = new(StringComparer.Ordinal);

    public async Task ReceiveReminderAsync(string reminderName, ReminderTick tick)
    {
        // Ticks may be late or repeated (at-least-once): each handler decides from the stored state and the clock.
        var now = time.GetUtcNow();
        _armed.Remove(reminderName);
        switch (reminderName)
        {
            case AfterCallWorkReminder when State.AfterCallWorkEndsAt is { } endsAt && endsAt <= now && State.Status != AgentStatus.Busy:
                var next = State.Clone();
                await CommitAsync(next, [Return(next, AfterCallWorkEndedCause, now)]);
                break;
            case ReservationReminder when State.Reservation is { } held && held.ExpiresAt <= now:
                Log.ReservationLapsed(_logger, Key, held.CallThreadKey);
                var lapsed = State.Clone();
                lapsed.Reservation = null;
                await CommitAsync(lapsed, []);
                break;
            case CallSweepReminder:
                await SweepCallsAsync(now);
                break;
            default:
                await SyncRemindersAsync(now);
                break;
        }
    }

    /// <summary>
    /// Drops the calls whose thread is over (Released), gone (None, its state deleted) or goes on without this agent (it
    /// transferred the call away); when none is left the agent
    /// leaves Busy as if CallEndedAsync had been called. A call thread that cannot be asked is kept for the next sweep.
    /// </summary>
    private async Task SweepCallsAsync(DateTimeOffset now)
    {
        var stale = new List<string>();
        foreach (var callThreadKey in State.ActiveCalls)
        {
            try
            {
                var call = await GrainFactory.GetGrain<ICallThreadGrain>(callThreadKey).GetAsync();
                if (call.Phase is CallPhase.Released or CallPhase.None
                    || !call.Parties.Any(p => p.AgentId == AgentId && p.State != "Released"))
                {
                    Log.StaleCall(_logger, Key, callThreadKey);
                    stale.Add(callThreadKey);
                }
            }
            catch (Exception e) when (e is GrainCallTimeoutException or GrainInvocationException)
            {
                Log.CallCheckFailed(_logger, Key, callThreadKey, e);
            }
        }

        if (stale.Count == 0)
        {
            await SyncRemindersAsync(now);
            return;
        }

        var next = State.Clone();
        next.ActiveCalls.RemoveAll(stale.Contains);
        await CommitAsync(next, LeaveBusyIfIdle(next, _options.AfterCallWork, StaleCallCause, now));
    }

    /// <summary>Arms exactly the reminders the stored state needs and drops the others.</summary>
    private async Task SyncRemindersAsync(DateTimeOffset now)
    {
        var afterCallWorkEnds = State.Status == AgentStatus.NotReady ? State.AfterCallWorkEndsAt : null;
        await ArmAsync(AfterCallWorkReminder, afterCallWorkEnds, OneShotRetryPeriod, now);
        await ArmAsync(ReservationReminder, State.Reservation?.ExpiresAt, OneShotRetryPeriod, now);
        // The sweep is periodic: an armed sweep keeps its rhythm, a new one first fires a full period from now.
        DateTimeOffset? sweepDue = State.ActiveCalls.Count == 0 ? null : _armed.GetValueOrDefault(CallSweepReminder) ?? now + _options.CallSweepPeriod;
        await ArmAsync(CallSweepReminder, sweepDue, _options.CallSweepPeriod, now);
    }

    private async Task ArmAsync(string name, DateTimeOffset? dueAt, TimeSpan period, DateTimeOffset now)
    {
        if (_armed.TryGetValue(name, out var armed) && armed == dueAt)
        {
            return;
        }

        if (dueAt is { } due)
        {
            await RegisterOrUpdateReminderAsync(name, due > now ? due - now : TimeSpan.Zero, period);
        }
        else
        {
            await UnregisterReminderAsync(name);
        }

        _armed[name] = dueAt;
    }
}
