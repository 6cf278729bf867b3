using System.Collections.Immutable;

namespace Voice.Runtime.Redis.Membership;

/// <summary>
/// An immutable live view: the nodes whose last heartbeat is newer than the death timeout at
/// <see cref="ReadAt"/> (Redis server time), ordered by node id. <see cref="Version"/> rises by one
/// each time the set of nodes or their announced info changes (heartbeat times alone do not count).
/// </summary>
public sealed class MembershipSnapshot
{
    internal MembershipSnapshot(long version, DateTimeOffset readAt, ImmutableArray<ClusterMember> members)
    {
        Version = version;
        ReadAt = readAt;
        Members = members;
        NodeIds = [.. members.Select(member => member.NodeId)];
    }

    /// <summary>The view before the first read: no nodes, version 0.</summary>
    public static MembershipSnapshot Empty { get; } = new(0, DateTimeOffset.MinValue, []);

    /// <summary>Rises on every change of membership.</summary>
    public long Version { get; }

    /// <summary>Redis server time of the read that produced this view.</summary>
    public DateTimeOffset ReadAt { get; }

    /// <summary>Live nodes, ordered by node id (ordinal).</summary>
    public ImmutableArray<ClusterMember> Members { get; }

    /// <summary>Live node ids, ordered (ordinal).</summary>
    public ImmutableArray<string> NodeIds { get; }

    /// <summary>True when <paramref name="nodeId"/> is live in this view.</summary>
    public bool Contains(string nodeId) => NodeIds.BinarySearch(nodeId, StringComparer.Ordinal) >= 0;

    /// <summary>The live member with this id, if any.</summary>
    public ClusterMember? Find(string nodeId)
    {
        int index = NodeIds.BinarySearch(nodeId, StringComparer.Ordinal);
        return index >= 0 ? Members[index] : null;
    }

    internal bool SameMembersAs(ImmutableArray<ClusterMember> other) =>
        Members.Length == other.Length && Members.Zip(other).All(pair => pair.First.Info == pair.Second.Info && pair.First.StartedAt == pair.Second.StartedAt);
}
