using System.Collections.Concurrent;
using Voice.Runtime.Invocation;
using Voice.Runtime.Placement;
using Voice.Runtime.Storage;

namespace Voice.Runtime.Hosting;

/// <summary>
/// The single in-memory instance of a grain on its owning node: holds the grain object, a FIFO of pending work, and
/// the turn flag. Exactly one work item holds the turn at a time; calls of the chain holding it re-enter at once.
/// </summary>
internal sealed partial class GrainActivation : IThreadPoolWorkItem
{
    private readonly ConcurrentQueue<ActivationWorkItem> _queue = new();
    private readonly TaskCompletionSource _deactivated = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly GrainClassInfo _grainClass;
    private Grain? _instance;

    // 1 while a turn holds the activation (the activation itself holds it while activating).
    private int _running = 1;
    private CallChain? _turnChain;
    private volatile ActivationState _state = ActivationState.Activating;
    private volatile bool _deactivationRequested;
    private DeactivationReason _deactivationReason;
    private Exception? _activationError;
    private int _lastTouchedTick;

    public GrainActivation(GrainRuntime runtime, GrainId id, SlotPlacement placement, GrainClassInfo grainClass)
    {
        Runtime = runtime;
        Id = id;
        Placement = placement;
        Fence = new FencingToken(placement.Slot, placement.Owner.Epoch);
        _grainClass = grainClass;
        _lastTouchedTick = runtime.CollectionTick;
    }

    public GrainRuntime Runtime { get; }

    public GrainId Id { get; }

    public SlotPlacement Placement { get; }

    public FencingToken Fence { get; }

    public Grain Instance => _instance ?? throw new InvalidOperationException($"{Id} is not activated.");

    /// <summary>Accepts inline (fast-path) calls.</summary>
    public bool IsActive => _state == ActivationState.Active && !_deactivationRequested;

    /// <summary>Deactivated or failed: it will never run another turn.</summary>
    public bool IsFinished => _state >= ActivationState.Deactivated;

    /// <summary>Completes when the activation has deactivated (or failed to activate).</summary>
    public Task Deactivated => _deactivated.Task;

    public int LastTouchedTick => Volatile.Read(ref _lastTouchedTick);

    /// <summary>Active, no turn running and nothing queued.</summary>
    public bool IsIdle => _state == ActivationState.Active && Volatile.Read(ref _running) == 0 && _queue.IsEmpty;

    public override string ToString() => $"{Id} [{_state}]";

    private void Touch() => _lastTouchedTick = Runtime.CollectionTick;
}
