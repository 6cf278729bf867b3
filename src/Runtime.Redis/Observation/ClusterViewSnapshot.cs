using System.Collections.Immutable;
using Voice.Runtime.Placement;

namespace Voice.Runtime.Redis.Observation;

/// <summary>
/// One consistent read of the cluster: live members and the owner (node, epoch) of every slot, taken in a single
/// Lua script so both halves describe the same moment. What <c>/healthz</c> and <c>voicectl</c> show.
/// </summary>
public sealed record ClusterViewSnapshot(DateTimeOffset ReadAt, ImmutableArray<ClusterViewMember> Members, ImmutableArray<SlotOwnership?> Slots)
{
    public static ClusterViewSnapshot Empty { get; } = new(DateTimeOffset.MinValue, [], []);

    /// <summary>How many slots each live node owns (nodes owning none included with 0).</summary>
    public IReadOnlyDictionary<string, int> SlotCounts()
    {
        var counts = Members.ToDictionary(m => m.NodeId, _ => 0, StringComparer.Ordinal);
        foreach (var owner in Slots)
        {
            if (owner is { } o)
            {
                counts[o.NodeId] = counts.GetValueOrDefault(o.NodeId) + 1;
            }
        }

        return counts;
    }

    /// <summary>Slots with no lease holder right now (a node died and its leases have not been re-claimed yet).</summary>
    public int UnownedSlots => Slots.Count(s => s is null);
}
