using Voice.Runtime.Redis.Storage;
using Voice.Runtime.Storage;
using RuntimeStateRecord = Voice.Runtime.Storage.GrainStateRecord;

namespace Voice.Runtime.Redis.Adapters;

/// <summary>
/// The runtime's <see cref="IGrainStorage"/> over <see cref="RedisGrainStateStore"/>: the activation's fencing token
/// (slot, epoch) is checked against the slot's lease in the same script that compares the ETag, writes the state and
/// appends the events. A refusal becomes <see cref="InconsistentStateException"/> (the activation then deactivates).
/// </summary>
public sealed class RedisGrainStorage(Func<RedisGrainStateStore> store) : IGrainStorage
{
    public async ValueTask<RuntimeStateRecord?> ReadAsync(GrainId grainId, CancellationToken cancellationToken = default)
    {
        var record = await store().ReadAsync(grainId.Type, grainId.Key, cancellationToken).ConfigureAwait(false);
        return record.ETag is null ? null : new RuntimeStateRecord(record.Data ?? [], record.ETag);
    }

    public async ValueTask<string> WriteAsync(
        GrainId grainId,
        ReadOnlyMemory<byte> data,
        string? expectedETag,
        IReadOnlyList<GrainEvent> events,
        FencingToken fence,
        CancellationToken cancellationToken = default)
    {
        var stateEvents = events.Count == 0 ? [] : new StateEvent[events.Count];
        for (var i = 0; i < stateEvents.Length; i++)
        {
            stateEvents[i] = new StateEvent(events[i].Stream, events[i].Key, events[i].Payload);
        }

        var result = await store().WriteAsync(grainId.Type, grainId.Key, data, expectedETag, fence.Slot, fence.Epoch, stateEvents, cancellationToken).ConfigureAwait(false);
        ThrowIfRefused(grainId, result);
        return result.ETag!;
    }

    public async ValueTask ClearAsync(GrainId grainId, string? expectedETag, FencingToken fence, CancellationToken cancellationToken = default)
    {
        var result = await store().ClearAsync(grainId.Type, grainId.Key, expectedETag, fence.Slot, fence.Epoch, cancellationToken).ConfigureAwait(false);
        ThrowIfRefused(grainId, result);
    }

    private static void ThrowIfRefused(GrainId grainId, StateWriteResult result)
    {
        if (result.Conflict is not { } conflict)
        {
            return;
        }

        var reason = conflict.Kind == StateConflictKind.Epoch
            ? $"stale epoch, slot lease is at {conflict.ActualEpoch}"
            : "ETag mismatch";
        throw new InconsistentStateException(grainId, conflict.ExpectedETag, conflict.ActualETag, conflict.Slot, conflict.Epoch, reason);
    }
}
