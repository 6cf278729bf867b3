namespace Voice.Grains.Routing;

/// <summary>Timers of the Queue grain.</summary>
public sealed class QueueOptions
{
    /// <summary>
    /// Added to the ring timeout for the agent's reservation (covering the hops between queue, call thread and agent),
    /// and twice over for the offer itself: an offer nobody reported on after ring timeout + 2 × margin is taken as lost
    /// (its call thread's node died before ringing) and the call goes back to the head of the queue.
    /// </summary>
    public TimeSpan DeliveryMargin { get; set; } = TimeSpan.FromSeconds(5);
}
