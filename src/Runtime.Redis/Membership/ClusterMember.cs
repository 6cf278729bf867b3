namespace Voice.Runtime.Redis.Membership;

/// <summary>A live node as seen in a <see cref="MembershipSnapshot"/>; times are Redis server time.</summary>
public sealed record ClusterMember(ClusterNodeInfo Info, DateTimeOffset StartedAt, DateTimeOffset LastHeartbeat)
{
    /// <summary>Shortcut for <c>Info.NodeId</c>.</summary>
    public string NodeId => Info.NodeId;
}
