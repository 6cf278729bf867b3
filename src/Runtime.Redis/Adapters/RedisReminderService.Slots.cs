using Voice.Runtime.Redis.Reminders;

namespace Voice.Runtime.Redis.Adapters;

public sealed partial class RedisReminderService
{
    /// <summary>Arms every stored reminder of <paramref name="slot"/> (just acquired at <paramref name="epoch"/>).</summary>
    public async Task LoadSlotAsync(int slot, long epoch, CancellationToken cancellationToken = default)
    {
        try
        {
            var entries = await Table.ReadSlotAsync(slot, cancellationToken).ConfigureAwait(false);
            var leases = Volatile.Read(ref _leases);
            // The slot may have moved on while the read was in flight: arm nothing under a stale epoch.
            if (leases is null || !leases.OwnedSlots.TryGetValue(slot, out var owned) || owned != epoch)
            {
                return;
            }

            foreach (var entry in entries)
            {
                // A grain that registered meanwhile armed a newer entry: keep it.
                Arm(new ArmedReminder(slot, epoch, entry), replace: false);
            }

            Log.RemindersLoaded(_logger, entries.Count, slot, epoch);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException and not OperationCanceledException)
        {
            Log.ReminderLoadFailed(_logger, ex, slot);
        }
    }

    /// <summary>Disarms the reminders of <paramref name="slot"/> (lost or being handed over); they stay in Redis.</summary>
    public void DisarmSlot(int slot)
    {
        lock (_gate)
        {
            foreach (var (key, armed) in _armed.Where(pair => pair.Value.Slot == slot).ToArray())
            {
                armed.Dispose();
                _armed.Remove(key);
            }
        }
    }

    private void Arm(ArmedReminder armed, bool replace)
    {
        lock (_gate)
        {
            var key = (armed.GrainId, armed.Entry.Name);
            if (_armed.TryGetValue(key, out var existing))
            {
                if (!replace)
                {
                    return;
                }

                existing.Dispose();
            }

            _armed[key] = armed;
            armed.Start(timeProvider, armed.Entry.NextDue - timeProvider.GetUtcNow(), Fire);
        }
    }

    private void Disarm(GrainId grainId, string name, ArmedReminder? expected)
    {
        lock (_gate)
        {
            if (_armed.TryGetValue((grainId, name), out var current) && (expected is null || ReferenceEquals(current, expected)))
            {
                current.Dispose();
                _armed.Remove((grainId, name));
            }
        }
    }

    private bool IsCurrent(ArmedReminder armed)
    {
        lock (_gate)
        {
            return _armed.TryGetValue((armed.GrainId, armed.Entry.Name), out var current) && ReferenceEquals(current, armed);
        }
    }

    private void Fire(ArmedReminder armed) => _ = FireAsync(armed);

    // Deliver first, then advance: a crash in between delivers the tick again on the next owner (at-least-once).
    private async Task FireAsync(ArmedReminder armed)
    {
        if (!IsCurrent(armed))
        {
            return;
        }

        await DeliverAsync(armed).ConfigureAwait(false);
        var entry = armed.Entry;
        try
        {
            if (entry.Period <= TimeSpan.Zero)
            {
                await Table.RemoveAsync(armed.Slot, armed.Epoch, entry.GrainType, entry.Key, entry.Name).ConfigureAwait(false);
                Disarm(armed.GrainId, entry.Name, armed);
                return;
            }

            var next = NextDueAfter(entry, timeProvider.GetUtcNow());
            var status = await Table.AdvanceAsync(armed.Slot, armed.Epoch, entry.GrainType, entry.Key, entry.Name, entry.NextDue, next).ConfigureAwait(false);
            if (status == ReminderUpdateStatus.Applied)
            {
                Rearm(armed, new ArmedReminder(armed.Slot, armed.Epoch, entry with { NextDue = next }), delay: null);
            }
            else
            {
                // Stale epoch: the slot moved (SlotLost disarms the rest). Moved or removed: a newer change armed its own.
                Disarm(armed.GrainId, entry.Name, armed);
            }
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            Log.ReminderAdvanceFailed(_logger, ex, armed.GrainId, entry.Name);
            Rearm(armed, new ArmedReminder(armed.Slot, armed.Epoch, entry), RetryDelay);
        }
    }

    private async Task DeliverAsync(ArmedReminder armed)
    {
        var sink = Volatile.Read(ref _sink);
        if (sink is null)
        {
            Log.ReminderNoSink(_logger, armed.GrainId, armed.Entry.Name);
            return;
        }

        try
        {
            // The table keeps no first-tick time: FirstTickTime is the due time of this tick.
            var tick = new ReminderTick(armed.Entry.NextDue, armed.Entry.Period, timeProvider.GetUtcNow());
            await sink.DeliverReminderAsync(armed.GrainId, armed.Entry.Name, tick).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // Not retried: the next period fires again (as with the in-memory service).
            Log.ReminderDeliveryFailed(_logger, ex, armed.GrainId, armed.Entry.Name);
        }
    }

    /// <summary>Re-arms in place of <paramref name="after"/>, unless a registration or disarm replaced it meanwhile.</summary>
    private void Rearm(ArmedReminder after, ArmedReminder next, TimeSpan? delay)
    {
        lock (_gate)
        {
            var key = (next.GrainId, next.Entry.Name);
            if (!_armed.TryGetValue(key, out var current) || !ReferenceEquals(current, after))
            {
                return;
            }

            after.Dispose();
            _armed[key] = next;
            next.Start(timeProvider, delay ?? (next.Entry.NextDue - timeProvider.GetUtcNow()), Fire);
        }
    }

    /// <summary>The first due time after <paramref name="now"/> on the reminder's period grid (missed periods are skipped).</summary>
    private static DateTimeOffset NextDueAfter(ReminderEntry entry, DateTimeOffset now)
    {
        var periodMs = Math.Max(1, (long)entry.Period.TotalMilliseconds);
        var dueMs = entry.NextDue.ToUnixTimeMilliseconds();
        var nowMs = now.ToUnixTimeMilliseconds();
        var periods = nowMs < dueMs ? 1 : ((nowMs - dueMs) / periodMs) + 1;
        return DateTimeOffset.FromUnixTimeMilliseconds(dueMs + (periods * periodMs));
    }
}
