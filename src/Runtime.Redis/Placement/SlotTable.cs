namespace Voice.Runtime.Redis.Placement;

/// <summary>
/// A node-local cache of every slot's lease holder, refreshed from Redis on each renew pass and patched at once
/// for this node's own claims and releases. Answers "where do I send a call for slot s" without a round trip;
/// the answer may be up to one renew interval stale — fencing in storage keeps a stale answer harmless.
/// </summary>
public sealed class SlotTable
{
    private SlotOwner?[] _owners;

    internal SlotTable(int slotCount) => _owners = new SlotOwner?[slotCount];

    /// <summary>Number of slots.</summary>
    public int SlotCount => Volatile.Read(ref _owners).Length;

    /// <summary>The last known lease holder of <paramref name="slot"/>; false when the slot had no holder.</summary>
    public bool TryGetOwner(int slot, out SlotOwner owner)
    {
        SlotOwner? known = Volatile.Read(ref _owners)[slot];
        owner = known.GetValueOrDefault();
        return known.HasValue;
    }

    internal void Replace(SlotOwner?[] owners) => Volatile.Write(ref _owners, owners);

    internal void Set(IReadOnlyCollection<(int Slot, SlotOwner? Owner)> changes)
    {
        if (changes.Count == 0)
        {
            return;
        }

        // Copy-on-write keeps readers lock-free; own claims/releases are rare compared to lookups.
        var next = (SlotOwner?[])Volatile.Read(ref _owners).Clone();
        foreach ((int slot, SlotOwner? owner) in changes)
        {
            next[slot] = owner;
        }

        Volatile.Write(ref _owners, next);
    }
}
