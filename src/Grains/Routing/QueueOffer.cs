using Voice.Grains.Routing.Queues;

namespace Voice.Grains.Routing;

/// <summary>
/// A call being delivered: reserved agent <paramref name="AgentId"/> has been (or is being) rung since
/// <paramref name="Since"/>. The waiting entry is kept whole so a failed offer can put the call back unchanged.
/// </summary>
public sealed record QueueOffer(WaitingCall Call, string AgentId, DateTimeOffset Since);
