using System.Collections.Concurrent;
using Voice.Grains.Contracts.Routing;

namespace Voice.Grains.Tests.Routing.QueueGrain;

/// <summary>What queues handed to call threads, in order, and which calls refuse a delivery (they "hung up").</summary>
public sealed class DeliveryLog
{
    private readonly ConcurrentQueue<(string CallKey, QueueDelivery Delivery)> _deliveries = new();

    public ConcurrentDictionary<string, bool> Refusing { get; } = new(StringComparer.Ordinal);

    /// <summary>Calls whose call thread reports the delivery failed from inside DeliverAsync (same call chain).</summary>
    public ConcurrentDictionary<string, bool> FailingInline { get; } = new(StringComparer.Ordinal);

    public IReadOnlyList<(string CallKey, QueueDelivery Delivery)> Deliveries => [.. _deliveries];

    public void Add(string callKey, QueueDelivery delivery) => _deliveries.Enqueue((callKey, delivery));
}
