using System.Text.Json;
using Voice.Runtime.Invocation;

namespace Voice.Runtime;

/// <summary>
/// A grain with persisted state (JSON through the runtime's serializer options). State is read before
/// <see cref="Grain.OnActivateAsync"/>; writes are compare-and-set on <see cref="ETag"/> and fenced by the slot epoch.
/// </summary>
public abstract class Grain<TState> : Grain
    where TState : class, new()
{
    protected TState State { get; set; } = new();

    protected string? ETag { get; private set; }

    internal override async Task ActivateCoreAsync(CancellationToken cancellationToken)
    {
        await ReadStateAsync().ConfigureAwait(true);
        await OnActivateAsync(cancellationToken).ConfigureAwait(true);
    }

    protected async Task ReadStateAsync()
    {
        var runtime = Activation.Runtime;
        var record = await runtime.Storage.ReadAsync(Id).ConfigureAwait(true);
        State = record is null ? new TState() : JsonSerializer.Deserialize(record.Data.Span, GrainJson.TypeInfo<TState>(runtime.JsonOptions)) ?? new TState();
        ETag = record?.ETag;
    }

    protected Task WriteStateAsync() => WriteStateAsync([]);

    /// <summary>Writes the state and appends <paramref name="events"/> atomically: both land or neither does.</summary>
    /// <exception cref="InconsistentStateException">Stale ETag or epoch; the activation deactivates after this turn.</exception>
    protected async Task WriteStateAsync(IReadOnlyList<GrainEvent> events)
    {
        var activation = Activation;
        var data = JsonSerializer.SerializeToUtf8Bytes(State, GrainJson.TypeInfo<TState>(activation.Runtime.JsonOptions));
        try
        {
            ETag = await activation.Runtime.Storage.WriteAsync(Id, data, ETag, events, activation.Fence).ConfigureAwait(true);
        }
        catch (InconsistentStateException)
        {
            activation.RequestDeactivation(DeactivationReason.InconsistentState);
            throw;
        }
    }

    protected async Task ClearStateAsync()
    {
        var activation = Activation;
        try
        {
            await activation.Runtime.Storage.ClearAsync(Id, ETag, activation.Fence).ConfigureAwait(true);
        }
        catch (InconsistentStateException)
        {
            activation.RequestDeactivation(DeactivationReason.InconsistentState);
            throw;
        }

        State = new TState();
        ETag = null;
    }
}
