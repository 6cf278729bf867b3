using System.Runtime.CompilerServices;
using Voice.Runtime;
using Voice.Runtime.Events;

namespace Voice.Silo.Tests.Endpoints;

/// <summary>An in-memory event log that signals when a tail is opened and when it is closed again.</summary>
internal sealed class TrackedEventLog : IEventLog
{
    private readonly InMemoryEventLog _inner = new();
    private readonly TaskCompletionSource _tailOpened = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _tailClosed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task TailOpened => _tailOpened.Task;

    public Task TailClosed => _tailClosed.Task;

    public ValueTask<IReadOnlyList<EventLogEntry>> AppendAsync(IReadOnlyList<GrainEvent> events, CancellationToken cancellationToken = default)
        => _inner.AppendAsync(events, cancellationToken);

    public Task AppendAsync(string stream, string key, string payload) => _inner.AppendAsync([new GrainEvent(stream, key, payload)]).AsTask();

    public ValueTask<IReadOnlyList<EventLogEntry>> ReadAsync(string stream, long fromPosition, int maxCount, CancellationToken cancellationToken = default)
        => _inner.ReadAsync(stream, fromPosition, maxCount, cancellationToken);

    public ValueTask<long> EndPositionAsync(string stream, CancellationToken cancellationToken = default)
        => _inner.EndPositionAsync(stream, cancellationToken);

    public async IAsyncEnumerable<EventLogEntry> TailAsync(string stream, long fromPosition, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        _tailOpened.TrySetResult();
        try
        {
            await foreach (var entry in _inner.TailAsync(stream, fromPosition, cancellationToken))
            {
                yield return entry;
            }
        }
        finally
        {
            _tailClosed.TrySetResult();
        }
    }
}
