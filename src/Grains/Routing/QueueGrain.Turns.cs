using Voice.Runtime;

namespace Voice.Grains.Routing;

public sealed partial class QueueGrain
{
    /// <summary>Takes back offers nobody reported on (the call thread's node died before ringing).</summary>
    public const string OfferDeadlineReminder = "offer-deadline";

    // One-shot reminders keep a period only as a retry in case a tick is lost.
    private static readonly TimeSpan DeadlineRetryPeriod = TimeSpan.FromMinutes(1);

    private IDisposable? _matchTimer;
    private DateTimeOffset? _deadlineArmed;
    private bool _deadlineKnown;

    private TimeSpan RingTimeout => (_settings?.RingTimeout) ?? TimeSpan.FromSeconds(Contracts.Tenancy.QueueSettingNames.DefaultRingTimeoutSec);

    /// <summary>How long an offer may go without a report before the queue takes the call back.</summary>
    private TimeSpan OfferDeadline => RingTimeout + (2 * _options.DeliveryMargin);

    public Task ReceiveReminderAsync(string reminderName, ReminderTick tick)
    {
        if (!string.Equals(reminderName, OfferDeadlineReminder, StringComparison.Ordinal))
        {
            return Task.CompletedTask;
        }

        _deadlineKnown = false;
        return ChangeAsync(async () =>
        {
            var now = time.GetUtcNow();
            var overdue = State.Offers.Where(o => o.Since + OfferDeadline <= now).ToList();
            foreach (var offer in overdue)
            {
                Log.OfferOverdue(_logger, Key, offer.Call.CallKey, offer.AgentId);
                State.Offers.Remove(offer);
                _waiting.PutBack(offer.Call);
            }

            await SaveAsync();
            foreach (var offer in overdue)
            {
                await ReleaseAgentAsync(offer.AgentId, offer.Call.CallKey);
            }
        });
    }

    /// <summary>
    /// Runs <paramref name="change"/> (which stores what it changes), then has matching run in a turn of its own.
    /// A change arriving while another runs here can only be a re-entrant call of the same chain (the runtime queues
    /// all others): it is deferred to the end of the running one.
    /// </summary>
    private async Task ChangeAsync(Func<Task> change)
    {
        if (_busy)
        {
            Log.Deferred(_logger, Key);
            _deferred.Enqueue(change);
            return;
        }

        _busy = true;
        try
        {
            await change();
            await RunDeferredAsync();
        }
        finally
        {
            _busy = false;
        }

        ScheduleMatch();
    }

    private async Task RunDeferredAsync()
    {
        while (_deferred.TryDequeue(out var next))
        {
            await next();
        }
    }

    /// <summary>Matching as a timer turn: its own call chain, after the turn that asked for it, coalesced.</summary>
    private void ScheduleMatch() => _matchTimer ??= RegisterGrainTimer(MatchTickAsync, TimeSpan.Zero, Timeout.InfiniteTimeSpan);

    private async Task MatchTickAsync(CancellationToken cancellationToken)
    {
        _matchTimer?.Dispose();
        _matchTimer = null;
        _busy = true;
        try
        {
            do
            {
                await RunDeferredAsync();
                await MatchAsync();
            }
            while (_deferred.Count > 0);
        }
        finally
        {
            _busy = false;
        }
    }

    /// <summary>Stores the state, then arms the offer deadline for the oldest offer (or drops it when none is left).</summary>
    private async Task SaveAsync()
    {
        State.Waiting = [.. _waiting.Ordered];
        await WriteStateAsync();
        DateTimeOffset? due = State.Offers.Count == 0 ? null : State.Offers.Min(o => o.Since) + OfferDeadline;
        if (_deadlineKnown && due == _deadlineArmed)
        {
            return;
        }

        if (due is { } at)
        {
            var now = time.GetUtcNow();
            await RegisterOrUpdateReminderAsync(OfferDeadlineReminder, at > now ? at - now : TimeSpan.Zero, DeadlineRetryPeriod);
        }
        else
        {
            await UnregisterReminderAsync(OfferDeadlineReminder);
        }

        _deadlineArmed = due;
        _deadlineKnown = true;
    }
}
