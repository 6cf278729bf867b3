using Voice.Runtime.Redis.Reminders;

namespace Voice.Runtime.Redis.Adapters;

/// <summary>
/// One reminder armed on this node: the stored entry, the slot epoch under which it was loaded or registered (every
/// change it makes in Redis is fenced by it), and the one-shot TimeProvider timer for its next due time.
/// </summary>
internal sealed class ArmedReminder(int slot, long epoch, ReminderEntry entry) : IDisposable
{
    private ITimer? _timer;

    public int Slot { get; } = slot;

    public long Epoch { get; } = epoch;

    public ReminderEntry Entry { get; } = entry;

    public GrainId GrainId => new(Entry.GrainType, Entry.Key);

    public void Start(TimeProvider timeProvider, TimeSpan dueIn, Action<ArmedReminder> fire)
        => _timer = timeProvider.CreateTimer(static s => ((Action)s!)(), (Action)(() => fire(this)), dueIn < TimeSpan.Zero ? TimeSpan.Zero : dueIn, Timeout.InfiniteTimeSpan);

    public void Dispose() => _timer?.Dispose();
}
