using System.Globalization;
using Voice.Runtime.Events;

namespace Voice.Runtime.Storage;

/// <summary>
/// Process-local <see cref="IGrainStorage"/>: one lock guards state, ETags, fences and the event append, which makes
/// state+events atomic and lets several in-process nodes (the test cluster) share it.
/// </summary>
public sealed class InMemoryGrainStorage(InMemoryEventLog eventLog) : IGrainStorage
{
    private readonly object _gate = new();
    private readonly Dictionary<GrainId, GrainStateRecord> _states = [];
    private readonly Dictionary<int, long> _fences = [];
    private long _version;

    public InMemoryGrainStorage()
        : this(new InMemoryEventLog())
    {
    }

    public InMemoryEventLog EventLog { get; } = eventLog;

    public ValueTask<GrainStateRecord?> ReadAsync(GrainId grainId, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            return ValueTask.FromResult(_states.GetValueOrDefault(grainId));
        }
    }

    public ValueTask<string> WriteAsync(
        GrainId grainId,
        ReadOnlyMemory<byte> data,
        string? expectedETag,
        IReadOnlyList<GrainEvent> events,
        FencingToken fence,
        CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            CheckPreconditions(grainId, expectedETag, fence);
            // Events first: the in-memory append cannot fail, so state and events land together or (on a failed
            // precondition above) not at all.
            EventLog.AppendCommitted(events);
            var etag = (++_version).ToString("x", CultureInfo.InvariantCulture);
            _states[grainId] = new GrainStateRecord(data.ToArray(), etag);
            return ValueTask.FromResult(etag);
        }
    }

    public ValueTask ClearAsync(GrainId grainId, string? expectedETag, FencingToken fence, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            CheckPreconditions(grainId, expectedETag, fence);
            _states.Remove(grainId);
            return ValueTask.CompletedTask;
        }
    }

    /// <summary>Raises the slot's fence (a slot handover does this) so writes from the old owner fail at once.</summary>
    public void AdvanceFence(int slot, long epoch)
    {
        lock (_gate)
        {
            if (_fences.GetValueOrDefault(slot) < epoch)
            {
                _fences[slot] = epoch;
            }
        }
    }

    // Called under _gate.
    private void CheckPreconditions(GrainId grainId, string? expectedETag, FencingToken fence)
    {
        var actualETag = _states.GetValueOrDefault(grainId)?.ETag;
        var highestEpoch = _fences.GetValueOrDefault(fence.Slot);
        if (fence.Epoch < highestEpoch)
        {
            throw new InconsistentStateException(grainId, expectedETag, actualETag, fence.Slot, fence.Epoch, $"stale epoch, slot is at {highestEpoch}");
        }

        if (!string.Equals(actualETag, expectedETag, StringComparison.Ordinal))
        {
            throw new InconsistentStateException(grainId, expectedETag, actualETag, fence.Slot, fence.Epoch, "ETag mismatch");
        }

        _fences[fence.Slot] = fence.Epoch;
    }
}
