using System.Threading.Channels;

namespace Voice.Runtime.Events;

/// <summary>One stream of <see cref="InMemoryEventLog"/>; every member is used under the log's lock.</summary>
internal sealed class InMemoryEventStream
{
    private readonly Dictionary<string, long> _sequences = new(StringComparer.Ordinal);

    public List<EventLogEntry> Entries { get; } = [];

    public List<ChannelWriter<EventLogEntry>> Subscribers { get; } = [];

    public EventLogEntry Append(string stream, GrainEvent grainEvent)
    {
        var sequence = _sequences.GetValueOrDefault(grainEvent.Key) + 1;
        _sequences[grainEvent.Key] = sequence;
        var entry = new EventLogEntry(stream, grainEvent.Key, grainEvent.Payload, sequence, Entries.Count + 1);
        Entries.Add(entry);
        foreach (var subscriber in Subscribers)
        {
            subscriber.TryWrite(entry);
        }

        return entry;
    }
}
