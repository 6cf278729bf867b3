namespace Voice.Grains.Calls;

/// <summary>A call at a route point: routed by a session, possibly waiting in (or delivered from) a queue.</summary>
public sealed class CallRouting
{
    /// <summary>The route point the call reached.</summary>
    public string RoutePoint { get; set; } = string.Empty;

    /// <summary>The queue the call waits in or was delivered from (ThisQueue on its events), or null.</summary>
    public string? QueueId { get; set; }

    /// <summary>The queue's DN (ThisDN of queue events).</summary>
    public string? QueueDn { get; set; }

    /// <summary>The agent the queue is ringing now, or null.</summary>
    public string? DeliveredAgentId { get; set; }

    /// <summary>When the agent being rung is given up on (the queue's ring timeout).</summary>
    public DateTimeOffset? RingDeadline { get; set; }

    /// <summary>The session sent the call to a DN (it rings as a dialled extension would, no way back).</summary>
    public bool RoutedToDn { get; set; }
}
