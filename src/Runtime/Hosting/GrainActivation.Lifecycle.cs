using Voice.Runtime.Invocation;

namespace Voice.Runtime.Hosting;

internal sealed partial class GrainActivation
{
    private readonly List<GrainTimer> _timers = [];

    /// <summary>Creates the grain, reads its state and runs OnActivateAsync as the first turn (off the caller's thread).</summary>
    public void Start() => ThreadPool.UnsafeQueueUserWorkItem(static a => _ = a.ActivateAsync(), this, preferLocal: false);

    public IDisposable RegisterTimer(Func<CancellationToken, Task> callback, TimeSpan dueTime, TimeSpan period)
    {
        var timer = new GrainTimer(this, callback);
        lock (_timers)
        {
            _timers.Add(timer);
        }

        timer.Start(Runtime.TimeProvider, dueTime, period);
        return timer;
    }

    public int TimerCount
    {
        get
        {
            lock (_timers)
            {
                return _timers.Count;
            }
        }
    }

    public void RemoveTimer(GrainTimer timer)
    {
        lock (_timers)
        {
            _timers.Remove(timer);
        }
    }

    private async Task ActivateAsync()
    {
        CallContext.Current = new CallChain();
        try
        {
            var grain = (Grain)_grainClass.Factory(Runtime.Services, null);
            grain.Attach(this);
            _instance = grain;
            await grain.ActivateCoreAsync(Runtime.StoppingToken).ConfigureAwait(false);
            _state = ActivationState.Active;
            Log.Activated(Runtime.Logger, Id, Runtime.NodeId, Placement.Slot, Placement.Owner.Epoch);
        }
        catch (Exception ex)
        {
            // Queued calls fail with the activation error; the next call tries a fresh activation.
            _activationError = ex;
            Log.ActivationFailed(Runtime.Logger, ex, Id);
            Runtime.RemoveActivation(this);
            _state = ActivationState.Failed;
            _deactivated.TrySetResult();
        }

        CallContext.Current = null;
        Pump();
    }

    private async Task DeactivateAsync(DeactivationReason reason)
    {
        _state = ActivationState.Deactivating;
        _deactivationRequested = false;
        _turnChain = new CallChain();
        DisposeTimers();
        CallContext.Current = _turnChain;
        try
        {
            await Instance.OnDeactivateAsync(reason, Runtime.StoppingToken).ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            Log.DeactivationFailed(Runtime.Logger, ex, Id);
        }
        finally
        {
            CallContext.Current = null;
            // Remove before marking finished: calls routed from now on create a new activation, and calls that
            // already reached this one are re-routed by the pump.
            Runtime.RemoveActivation(this);
            _state = ActivationState.Deactivated;
            Log.Deactivated(Runtime.Logger, Id, reason);
            _deactivated.TrySetResult();
        }
    }

    private void DisposeTimers()
    {
        GrainTimer[] timers;
        lock (_timers)
        {
            timers = [.. _timers];
            _timers.Clear();
        }

        foreach (var timer in timers)
        {
            timer.Dispose();
        }
    }
}
