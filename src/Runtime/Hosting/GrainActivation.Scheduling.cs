using Voice.Runtime.Invocation;

namespace Voice.Runtime.Hosting;

internal sealed partial class GrainActivation
{
    /// <summary>True while a turn of <paramref name="chain"/> runs here: a call of that chain must not wait.</summary>
    public bool IsRunningChain(CallChain chain)
        => Volatile.Read(ref _running) == 1 && chain.IsSameChain(_turnChain);

    /// <summary>Fast path: take the turn when the activation is active, idle and nothing is queued (no lock).</summary>
    public bool TryEnterTurn(CallChain chain)
    {
        if (!_queue.IsEmpty || Interlocked.CompareExchange(ref _running, 1, 0) != 0)
        {
            return false;
        }

        if (!IsActive)
        {
            ExitTurn();
            return false;
        }

        _turnChain = chain;
        _lastTouchedTick = Runtime.CollectionTick;
        return true;
    }

    /// <summary>Releases a fast-path turn; whoever queued meanwhile gets a pump.</summary>
    public void ExitTurn()
    {
        _turnChain = null;
        // A full fence, not a release store: the queue check below must not be reordered before the release,
        // or a caller that enqueued while we held the turn (and failed to start a pump) is never served.
        Interlocked.Exchange(ref _running, 0);
        if (!_queue.IsEmpty || _deactivationRequested)
        {
            SchedulePump();
        }
    }

    public void ExitTurnWhenCompleted(Task task)
        => task.ConfigureAwait(false).GetAwaiter().UnsafeOnCompleted(ExitTurn);

    /// <summary>Slow path: re-enter for the running chain, otherwise queue behind earlier work.</summary>
    public void Submit(GrainCall call)
    {
        Touch();
        if (_state == ActivationState.Active && IsRunningChain(call.Chain!))
        {
            RunReentrant(call);
            return;
        }

        _queue.Enqueue(call);
        SchedulePump();
    }

    public void Enqueue(ActivationWorkItem item)
    {
        _queue.Enqueue(item);
        SchedulePump();
    }

    public void RequestDeactivation(DeactivationReason reason)
    {
        if (_state >= ActivationState.Deactivating || _deactivationRequested)
        {
            return;
        }

        _deactivationReason = reason;
        _deactivationRequested = true;
        SchedulePump();
    }

    void IThreadPoolWorkItem.Execute() => Pump();

    private void SchedulePump()
    {
        if (Interlocked.CompareExchange(ref _running, 1, 0) == 0)
        {
            ThreadPool.UnsafeQueueUserWorkItem(this, preferLocal: false);
        }
    }

    // Runs while holding the turn; returns after releasing it or handing it to an async continuation.
    private void Pump()
    {
        while (true)
        {
            if (_deactivationRequested && _state == ActivationState.Active)
            {
                var deactivation = DeactivateAsync(_deactivationReason);
                if (!deactivation.IsCompleted)
                {
                    _ = ResumeAfterAsync(deactivation, null);
                    return;
                }

                continue;
            }

            if (!_queue.TryDequeue(out var item))
            {
                _turnChain = null;
                Interlocked.Exchange(ref _running, 0); // full fence, see ExitTurn
                var hasWork = !_queue.IsEmpty || (_deactivationRequested && _state == ActivationState.Active);
                if (!hasWork || Interlocked.CompareExchange(ref _running, 1, 0) != 0)
                {
                    return;
                }

                continue;
            }

            if (_state != ActivationState.Active)
            {
                item.Abandon(this, _activationError);
                continue;
            }

            if (!RunTurn(item))
            {
                return;
            }
        }
    }

    // Returns true when the turn finished synchronously.
    private bool RunTurn(ActivationWorkItem item)
    {
        _turnChain = item.Chain;
        var task = Execute(item);
        if (task.IsCompleted)
        {
            item.Complete(task);
            return true;
        }

        _ = ResumeAfterAsync(task, item);
        return false;
    }

    private void RunReentrant(GrainCall call)
    {
        var task = Execute(call);
        if (task.IsCompleted)
        {
            call.Complete(task);
        }
        else
        {
            _ = CompleteWhenDoneAsync(task, call);
        }
    }

    private Task Execute(ActivationWorkItem item)
    {
        var previous = CallContext.Current;
        CallContext.Current = item.Chain;
        try
        {
            return item.Execute(this);
        }
        catch (Exception ex)
        {
            return Task.FromException(ex);
        }
        finally
        {
            CallContext.Current = previous;
        }
    }

    private async Task ResumeAfterAsync(Task task, ActivationWorkItem? item)
    {
        await task.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        item?.Complete(task);
        Pump();
    }

    private static async Task CompleteWhenDoneAsync(Task task, ActivationWorkItem item)
    {
        await task.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        item.Complete(task);
    }
}
