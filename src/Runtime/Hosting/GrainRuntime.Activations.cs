using Voice.Runtime.Placement;

namespace Voice.Runtime.Hosting;

public sealed partial class GrainRuntime
{
    /// <summary>Deactivates every activation of <paramref name="slot"/> (the slot moved away) and waits for them.</summary>
    public Task DeactivateSlotAsync(int slot)
    {
        var victims = _activations.Values.Where(a => a.Placement.Slot == slot).ToArray();
        foreach (var activation in victims)
        {
            activation.RequestDeactivation(DeactivationReason.SlotMoved);
        }

        return Task.WhenAll(victims.Select(a => a.Deactivated));
    }

    /// <summary>Deactivates every activation (OnDeactivateAsync runs) and stops timers and reminder delivery.</summary>
    public async Task StopAsync()
    {
        _collectionTimer.Dispose();
        _reminderAttachment.Dispose();
        var all = _activations.Values.ToArray();
        foreach (var activation in all)
        {
            activation.RequestDeactivation(DeactivationReason.RuntimeStopping);
        }

        await Task.WhenAll(all.Select(a => a.Deactivated)).ConfigureAwait(false);
        await _stopping.CancelAsync().ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        if (!_stopping.IsCancellationRequested)
        {
            await StopAsync().ConfigureAwait(false);
        }

        _stopping.Dispose();
    }

    internal bool TryGetActivation(GrainId grainId, out GrainActivation activation)
        => _activations.TryGetValue(grainId, out activation!);

    internal GrainActivation? FindActiveLocal(GrainId grainId)
        => _activations.TryGetValue(grainId, out var activation) && activation.IsActive ? activation : null;

    internal void RemoveActivation(GrainActivation activation)
        => _activations.TryRemove(KeyValuePair.Create(activation.Id, activation));

    private GrainActivation GetOrCreateActivation(GrainId grainId, SlotPlacement placement)
    {
        if (_activations.TryGetValue(grainId, out var existing) && !existing.IsFinished)
        {
            return existing;
        }

        lock (_activationGate)
        {
            if (_activations.TryGetValue(grainId, out existing))
            {
                if (!existing.IsFinished)
                {
                    return existing;
                }

                RemoveActivation(existing);
            }

            if (!_grainClasses.TryGetValue(grainId.Type, out var grainClass))
            {
                throw new InvalidOperationException($"No grain class registered for grain type '{grainId.Type}' (use AddGrain<TInterface, TClass>()).");
            }

            var created = new GrainActivation(this, grainId, placement, grainClass);
            _activations[grainId] = created;
            created.Start();
            return created;
        }
    }

    // Timer callback: a slot of CollectionQuantum has passed.
    private void CollectIdle()
    {
        var tick = Interlocked.Increment(ref _collectionTick);
        foreach (var activation in _activations.Values)
        {
            // Strictly more quanta than the age: an activation never goes before it was idle for the full age.
            if (activation.IsIdle && tick - activation.LastTouchedTick > _collectionAgeInQuanta)
            {
                activation.RequestDeactivation(DeactivationReason.IdleCollection);
            }
        }
    }
}
