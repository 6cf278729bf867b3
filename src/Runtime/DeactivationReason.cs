namespace Voice.Runtime;

/// <summary>Why an activation is being deactivated (passed to <see cref="Grain.OnDeactivateAsync"/>).</summary>
public enum DeactivationReason
{
    /// <summary>Not used for longer than the idle collection age.</summary>
    IdleCollection,

    /// <summary>The grain asked for it with <see cref="Grain.DeactivateOnIdle"/>.</summary>
    ApplicationRequested,

    /// <summary>A storage write found a stale ETag or epoch; the in-memory state can no longer be trusted.</summary>
    InconsistentState,

    /// <summary>The grain's slot moved to another node.</summary>
    SlotMoved,

    /// <summary>The runtime is shutting down.</summary>
    RuntimeStopping,
}
