using Voice.Runtime.Hosting;

namespace Voice.Runtime;

/// <summary>
/// Base class of grain implementations. Instances are created by the runtime (constructor injection from the
/// host's service provider) and only ever run one turn at a time, except for re-entrant calls of the same chain.
/// </summary>
public abstract class Grain
{
    private GrainActivation? _activation;

    public GrainId Id => Activation.Id;

    public string Key => Activation.Id.Key;

    public IGrainFactory GrainFactory => Activation.Runtime;

    internal GrainActivation Activation => _activation ?? throw new InvalidOperationException("This grain was not activated by a grain runtime.");

    /// <summary>Runs after state was read and before the first call.</summary>
    public virtual Task OnActivateAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Runs as the activation's last turn. Nothing is written automatically: write state before returning.</summary>
    public virtual Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken) => Task.CompletedTask;

    internal void Attach(GrainActivation activation) => _activation = activation;

    internal virtual Task ActivateCoreAsync(CancellationToken cancellationToken) => OnActivateAsync(cancellationToken);

    /// <summary>
    /// Starts a timer whose ticks run as turns of this activation (never interleaved with calls); a tick is skipped
    /// while the previous one is still queued or running. Timers stop when the activation deactivates.
    /// </summary>
    protected IDisposable RegisterGrainTimer(Func<CancellationToken, Task> callback, TimeSpan dueTime, TimeSpan period)
        => Activation.RegisterTimer(callback, dueTime, period);

    /// <summary>Registers a durable reminder; ticks reach <see cref="IRemindable.ReceiveReminderAsync"/>, activating the grain if needed.</summary>
    protected Task RegisterOrUpdateReminderAsync(string name, TimeSpan dueTime, TimeSpan period)
        => Activation.Runtime.Reminders.RegisterOrUpdateAsync(Id, name, dueTime, period);

    protected Task UnregisterReminderAsync(string name) => Activation.Runtime.Reminders.UnregisterAsync(Id, name);

    /// <summary>Deactivates this activation once the current turn ends; later calls create a fresh activation.</summary>
    protected void DeactivateOnIdle() => Activation.RequestDeactivation(DeactivationReason.ApplicationRequested);
}
