namespace Voice.Grains.Contracts.Routing;

/// <summary>A queue hands its call to an agent: the call thread rings <paramref name="Dn"/> within <paramref name="RingTimeout"/>.</summary>
/// <param name="QueueId">The queue (ThisQueue on the events).</param>
/// <param name="AgentId">The reserved agent.</param>
/// <param name="Dn">The agent's DN.</param>
/// <param name="RingTimeout">How long the agent may ring before the call goes back to the queue.</param>
public sealed record QueueDelivery(string QueueId, string AgentId, string Dn, TimeSpan RingTimeout);
