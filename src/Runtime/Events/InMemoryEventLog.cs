using System.Runtime.CompilerServices;
using System.Threading.Channels;

namespace Voice.Runtime.Events;

/// <summary>Process-local <see cref="IEventLog"/>; live tails are fed through unbounded channels.</summary>
public sealed class InMemoryEventLog : IEventLog
{
    private readonly object _gate = new();
    private readonly Dictionary<string, InMemoryEventStream> _streams = new(StringComparer.Ordinal);

    public ValueTask<IReadOnlyList<EventLogEntry>> AppendAsync(IReadOnlyList<GrainEvent> events, CancellationToken cancellationToken = default)
        => ValueTask.FromResult(AppendCommitted(events));

    public ValueTask<IReadOnlyList<EventLogEntry>> ReadAsync(string stream, long fromPosition, int maxCount, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            IReadOnlyList<EventLogEntry> result = _streams.TryGetValue(stream, out var s)
                ? s.Entries.Where(e => e.Position >= fromPosition).Take(maxCount).ToArray()
                : [];
            return ValueTask.FromResult(result);
        }
    }

    public ValueTask<long> EndPositionAsync(string stream, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            return ValueTask.FromResult(_streams.TryGetValue(stream, out var s) ? s.Entries.Count + 1L : 1L);
        }
    }

    public async IAsyncEnumerable<EventLogEntry> TailAsync(string stream, long fromPosition, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var channel = Channel.CreateUnbounded<EventLogEntry>(new UnboundedChannelOptions { SingleReader = true });
        EventLogEntry[] backlog;
        InMemoryEventStream target;
        // Snapshot and subscribe under one lock: every entry is in exactly one of backlog or channel.
        lock (_gate)
        {
            target = GetOrAddStream(stream);
            backlog = target.Entries.Where(e => e.Position >= fromPosition).ToArray();
            target.Subscribers.Add(channel.Writer);
        }

        try
        {
            foreach (var entry in backlog)
            {
                yield return entry;
            }

            await foreach (var entry in channel.Reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
            {
                if (entry.Position >= fromPosition)
                {
                    yield return entry;
                }
            }
        }
        finally
        {
            lock (_gate)
            {
                target.Subscribers.Remove(channel.Writer);
            }
        }
    }

    /// <summary>Appends a batch under the log's lock; used by <see cref="Storage.InMemoryGrainStorage"/> inside its own lock.</summary>
    internal IReadOnlyList<EventLogEntry> AppendCommitted(IReadOnlyList<GrainEvent> events)
    {
        if (events.Count == 0)
        {
            return [];
        }

        var appended = new EventLogEntry[events.Count];
        lock (_gate)
        {
            for (var i = 0; i < events.Count; i++)
            {
                appended[i] = GetOrAddStream(events[i].Stream).Append(events[i].Stream, events[i]);
            }
        }

        return appended;
    }

    private InMemoryEventStream GetOrAddStream(string stream)
    {
        if (!_streams.TryGetValue(stream, out var s))
        {
            s = new InMemoryEventStream();
            _streams[stream] = s;
        }

        return s;
    }
}
