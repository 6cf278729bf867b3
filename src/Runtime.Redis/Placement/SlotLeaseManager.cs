using System.Collections.Immutable;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Voice.Redis.Commands;
using Voice.Runtime.Placement;
using Voice.Runtime.Redis.Membership;
using Voice.Runtime.Redis.Options;

namespace Voice.Runtime.Redis.Placement;

/// <summary>
/// Owns this node's share of the slots through leases in Redis.
/// <para>Keys (prefix P, default <c>voice:</c>):</para>
/// <list type="bullet">
/// <item><c>P slot:{s}:lease</c> — HASH <c>owner</c> (node id), <c>epoch</c>; PEXPIRE = LeaseTtl, renewed by the owner.</item>
/// <item><c>P slot:{s}:epoch</c> — STRING counter, no TTL: INCR on every claim, so epochs of a slot rise forever,
/// even across lease expiry (the fencing token storage writes carry).</item>
/// </list>
/// <para>
/// Every LeaseRenewInterval (and at once when membership changes) one pass: renew all owned leases (one script),
/// compute the desired slots by rendezvous hashing over the live view (plus this node), hand over and release
/// surplus slots, claim desired slots that are free (one script), refresh the <see cref="Table"/>.
/// </para>
/// </summary>
public sealed partial class SlotLeaseManager : IAsyncDisposable
{
    private readonly RedisClient _client;
    private readonly RedisClusterOptions _options;
    private readonly RedisKeyLayout _keys;
    private readonly RedisMembership _membership;
    private readonly SlotHandover? _handover;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger _logger;
    private readonly SemaphoreSlim _passGate = new(1, 1);
    private readonly CancellationTokenSource _stopping = new();
    private readonly Lock _lock = new();
    private readonly Dictionary<int, long> _owned = [];
    private readonly HashSet<int> _handingOver = [];
    private readonly List<Task> _handoverTasks = [];
    private ImmutableDictionary<int, long> _ownedSnapshot = ImmutableDictionary<int, long>.Empty;
    private long _leasesValidUntil;
    private bool _leaving;
    private Task? _loop;
    private int _stopped;

    /// <summary>Creates the manager for the node of <paramref name="membership"/>; nothing happens until <see cref="StartAsync"/>.</summary>
    public SlotLeaseManager(RedisClient client, RedisClusterOptions options, RedisMembership membership, SlotHandover? handover = null, TimeProvider? timeProvider = null, ILogger<SlotLeaseManager>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(membership);
        _client = client;
        _options = options.Validate();
        _keys = new RedisKeyLayout(options.KeyPrefix);
        _membership = membership;
        _handover = handover;
        _timeProvider = timeProvider ?? TimeProvider.System;
        _logger = (ILogger?)logger ?? NullLogger.Instance;
        Table = new SlotTable(SlotHasher.SlotCount);
    }

    /// <summary>Raised after this node claimed <c>slot</c> with fencing <c>epoch</c> (activate/load reminders now).</summary>
    public event Action<int, long>? SlotAcquired;

    /// <summary>Raised after this node stopped owning <c>slot</c> (released, taken over, or lease presumed expired).</summary>
    public event Action<int>? SlotLost;

    /// <summary>This node's id.</summary>
    public string NodeId => _membership.Self.NodeId;

    /// <summary>Cached lease holders of all slots (see <see cref="SlotTable"/> for staleness).</summary>
    public SlotTable Table { get; }

    /// <summary>Slots this node holds, with their epochs (immutable snapshot).</summary>
    public IReadOnlyDictionary<int, long> OwnedSlots => Volatile.Read(ref _ownedSnapshot);

    /// <summary>The cached lease holder of <paramref name="slot"/> (this node's own slots are always current).</summary>
    public bool TryGetOwner(int slot, out SlotOwner owner) => Table.TryGetOwner(slot, out owner);

    /// <summary>
    /// True when this node holds <paramref name="slot"/> at <paramref name="epoch"/> and its lease has not
    /// (by the local clock, conservatively) run out. Storage fencing is the authority; this is the cheap pre-check.
    /// </summary>
    public bool IsOwner(int slot, long epoch) =>
        OwnedSlots.TryGetValue(slot, out long owned) && owned == epoch && _timeProvider.GetTimestamp() < Interlocked.Read(ref _leasesValidUntil);
}
