namespace Voice.Runtime.Redis.Observation;

/// <summary>A live node as a read-only observer sees it; the heartbeat time is Redis server time.</summary>
public sealed record ClusterViewMember(string NodeId, string HttpAddress, string SipAddress, DateTimeOffset LastHeartbeat);
