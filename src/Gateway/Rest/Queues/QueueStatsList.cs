using Voice.Grains.Contracts.Routing;

namespace Voice.Gateway.Rest.Queues;

/// <summary>The wallboard of every queue of a tenant, in configuration order.</summary>
public sealed record QueueStatsList(IReadOnlyList<QueueStats> Queues);
