using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Voice.Runtime.Placement;
using Voice.Runtime.Redis.Placement;
using Voice.Runtime.Redis.Reminders;
using Voice.Runtime.Reminders;

namespace Voice.Runtime.Redis.Adapters;

/// <summary>
/// Durable reminders for the runtime over <see cref="RedisReminderTable"/>. Each node arms (one TimeProvider timer
/// per reminder, no polling) only the reminders of the slots it holds: loaded when a slot is acquired, disarmed when
/// it is lost or handed over. A tick goes to the attached <see cref="IReminderSink"/> (the runtime, as a grain
/// turn), then the next due time is advanced in Redis, fenced by the slot epoch. Registration happens on the node
/// holding the grain's slot (grains register from inside their own turns).
/// </summary>
public sealed partial class RedisReminderService(TimeProvider timeProvider, ILogger<RedisReminderService>? logger = null)
    : IReminderService, IDisposable
{
    private readonly Lock _gate = new();
    private readonly Dictionary<(GrainId Grain, string Name), ArmedReminder> _armed = [];
    private readonly ILogger _logger = (ILogger?)logger ?? NullLogger.Instance;
    private RedisReminderTable? _table;
    private SlotLeaseManager? _leases;
    private IReminderSink? _sink;

    /// <summary>Time after a failed Redis round trip before the same tick is tried again.</summary>
    public TimeSpan RetryDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Number of reminders armed on this node.</summary>
    public int ArmedCount
    {
        get
        {
            lock (_gate)
            {
                return _armed.Count;
            }
        }
    }

    /// <summary>Connects the service to the cluster node's table and leases once it exists.</summary>
    public void Attach(RedisReminderTable table, SlotLeaseManager leases)
    {
        Volatile.Write(ref _table, table);
        Volatile.Write(ref _leases, leases);
    }

    public async Task RegisterOrUpdateAsync(GrainId grainId, string name, TimeSpan dueTime, TimeSpan period, CancellationToken cancellationToken = default)
    {
        var (slot, epoch) = OwnedSlotOf(grainId);
        // Stored with millisecond precision: keep exactly that value so the compare-and-set advance matches it.
        var nextDue = DateTimeOffset.FromUnixTimeMilliseconds((timeProvider.GetUtcNow() + dueTime).ToUnixTimeMilliseconds());
        var entry = new ReminderEntry(grainId.Type, grainId.Key, name, period, nextDue);
        var status = await Table.UpsertAsync(slot, epoch, entry, cancellationToken).ConfigureAwait(false);
        ThrowIfStale(status, grainId, slot, epoch);
        Arm(new ArmedReminder(slot, epoch, entry), replace: true);
    }

    public async Task UnregisterAsync(GrainId grainId, string name, CancellationToken cancellationToken = default)
    {
        var (slot, epoch) = OwnedSlotOf(grainId);
        var status = await Table.RemoveAsync(slot, epoch, grainId.Type, grainId.Key, name, cancellationToken).ConfigureAwait(false);
        ThrowIfStale(status, grainId, slot, epoch);
        Disarm(grainId, name, expected: null);
    }

    public async Task<IReadOnlyList<ReminderRegistration>> GetRemindersAsync(GrainId grainId, CancellationToken cancellationToken = default)
    {
        var entries = await Table.ReadSlotAsync(SlotHasher.GetSlot(grainId), cancellationToken).ConfigureAwait(false);
        var now = timeProvider.GetUtcNow();
        return [.. entries
            .Where(e => e.GrainType == grainId.Type && e.Key == grainId.Key)
            .Select(e => new ReminderRegistration(grainId, e.Name, e.NextDue > now ? e.NextDue - now : TimeSpan.Zero, e.Period))];
    }

    public IDisposable AttachSink(IReminderSink sink)
    {
        Volatile.Write(ref _sink, sink);
        return new SinkAttachment(this, sink);
    }

    public void Dispose()
    {
        lock (_gate)
        {
            foreach (var armed in _armed.Values)
            {
                armed.Dispose();
            }

            _armed.Clear();
        }
    }

    private RedisReminderTable Table => Volatile.Read(ref _table) ?? throw new InvalidOperationException("The Redis cluster node has not started.");

    private (int Slot, long Epoch) OwnedSlotOf(GrainId grainId)
    {
        var slot = SlotHasher.GetSlot(grainId);
        var leases = Volatile.Read(ref _leases);
        if (leases is null || !leases.OwnedSlots.TryGetValue(slot, out var epoch))
        {
            throw new SlotUnavailableException(slot, "reminders of a grain are changed on the node holding its slot");
        }

        return (slot, epoch);
    }

    private static void ThrowIfStale(ReminderUpdateStatus status, GrainId grainId, int slot, long epoch)
    {
        if (status == ReminderUpdateStatus.StaleEpoch)
        {
            throw new InconsistentStateException(grainId, null, null, slot, epoch, "reminder change refused: stale epoch");
        }
    }

    private void DetachSink(IReminderSink sink) => Interlocked.CompareExchange(ref _sink, null, sink);

    private sealed class SinkAttachment(RedisReminderService owner, IReminderSink sink) : IDisposable
    {
        public void Dispose() => owner.DetachSink(sink);
    }
}
