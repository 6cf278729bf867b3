using Voice.Runtime;

namespace Voice.Grains.Registrar;

public sealed partial class DeviceGrain
{
    /// <summary>Name of the durable reminder that removes lapsed bindings.</summary>
    public const string ExpiryReminder = "binding-expiry";

    // Safety net only: the reminder is re-armed to the exact earliest expiry after every change and every tick.
    private static readonly TimeSpan ExpiryRetryPeriod = TimeSpan.FromMinutes(1);

    private DateTimeOffset? _armedFor;

    public async Task ReceiveReminderAsync(string reminderName, ReminderTick tick)
    {
        if (!string.Equals(reminderName, ExpiryReminder, StringComparison.Ordinal))
        {
            return;
        }

        // The tick may be late or repeated (at-least-once): recompute from the stored bindings and the clock.
        _armedFor = null;
        var now = time.GetUtcNow();
        var live = BindingRules.Live(State.Bindings, now);
        if (live.Count != State.Bindings.Count)
        {
            Log.Expired(_logger, Key, State.Bindings.Count - live.Count);
            await CommitAsync(live, now, "Expired");
            return;
        }

        await ArmExpiryAsync(now);
    }

    /// <summary>Arms the reminder for the earliest expiry, or drops it when no binding is left.</summary>
    private async Task ArmExpiryAsync(DateTimeOffset now)
    {
        if (State.Bindings.Count == 0)
        {
            _armedFor = null;
            await UnregisterReminderAsync(ExpiryReminder);
            return;
        }

        var earliest = State.Bindings.Min(b => b.ExpiresAt);
        if (_armedFor == earliest)
        {
            return;
        }

        var due = earliest > now ? earliest - now : TimeSpan.Zero;
        await RegisterOrUpdateReminderAsync(ExpiryReminder, due, ExpiryRetryPeriod);
        _armedFor = earliest;
    }
}
