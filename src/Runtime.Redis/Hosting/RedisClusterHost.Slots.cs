namespace Voice.Runtime.Redis.Hosting;

public sealed partial class RedisClusterHost
{
    /// <summary>
    /// The lease manager's handover callback: runs while the lease is still held (and renewed), so the grains'
    /// OnDeactivateAsync writes still carry a valid epoch. The lease is released only after this completes, so no
    /// other node activates these grains while they still live here.
    /// </summary>
    private async Task HandOverAsync(int slot, long epoch, CancellationToken cancellationToken)
    {
        _handedOver[slot] = 0;
        SlotTable.BeginDrain(slot);
        Reminders.DisarmSlot(slot);
        if (Volatile.Read(ref _runtime) is { } runtime)
        {
            await runtime.DeactivateSlotAsync(slot).WaitAsync(cancellationToken).ConfigureAwait(false);
            // A call that passed the placement check just before BeginDrain may have created an activation after the
            // first sweep took its snapshot; a second sweep catches it.
            await runtime.DeactivateSlotAsync(slot).WaitAsync(cancellationToken).ConfigureAwait(false);
        }

        Log.SlotDrained(_logger, NodeId, slot, epoch);
    }

    private void OnSlotAcquired(int slot, long epoch)
    {
        SlotTable.EndDrain(slot);
        _ = Reminders.LoadSlotAsync(slot, epoch);
    }

    private void OnSlotLost(int slot)
    {
        SlotTable.EndDrain(slot);
        Reminders.DisarmSlot(slot);
        if (!_handedOver.TryRemove(slot, out _))
        {
            Log.SlotLostWithoutHandover(_logger, NodeId, slot);
        }

        // After a handover this only catches stragglers; after a loss (taken over, lease expired) the activations
        // are deactivated now: their writes are already refused by the fence, they must not keep serving calls.
        _ = DeactivateSlotAsync(slot);
    }

    private async Task DeactivateSlotAsync(int slot)
    {
        if (Volatile.Read(ref _runtime) is not { } runtime)
        {
            return;
        }

        try
        {
            await runtime.DeactivateSlotAsync(slot).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            Log.SlotDeactivationFailed(_logger, ex, NodeId, slot);
        }
    }
}
