namespace Voice.Grains.Contracts.Routing;

/// <summary>
/// Something the routing session did that the call publishes: EventQueued (<see cref="Queue"/>), EventDiverted
/// (left a queue, <see cref="Queue"/>), EventTreatmentNotApplied (<see cref="Treatment"/>), or a strategy failure.
/// </summary>
/// <param name="EventId">The event to publish.</param>
/// <param name="Queue">The queue id, for queue events.</param>
/// <param name="QueueDn">The queue's DN (ThisDN of queue events).</param>
/// <param name="Treatment">The treatment type, for treatment events.</param>
/// <param name="Reasons">Extra reasons (e.g. StrategyFailure, Message).</param>
public sealed record RoutingNotice(string EventId, string? Queue, string? QueueDn, string? Treatment, IReadOnlyDictionary<string, string>? Reasons);
