using Voice.Grains.Contracts.Routing;

namespace Voice.Grains.Routing.Sessions;

/// <summary>The persisted routing of one call: the strategy's steps, how far they got, and where the call waits.</summary>
public sealed class RoutingSessionState
{
    /// <summary>None, Running, Queued, Routed, Failed or Ended (<see cref="RoutingSessionStates"/>).</summary>
    public string Status { get; set; } = RoutingSessionStates.None;

    public RoutingRequest? Request { get; set; }

    public List<RoutingStep> Steps { get; set; } = [];

    /// <summary>The next step to carry out.</summary>
    public int Next { get; set; }

    /// <summary>Whether the route point's default target was tried (so running out of steps ends routing).</summary>
    public bool DefaultTried { get; set; }

    public string? Queue { get; set; }

    public string? QueueDn { get; set; }

    /// <summary>When the call leaves its queue for the next step (the step's timeoutSec), or null.</summary>
    public DateTimeOffset? QueueDeadline { get; set; }

    public string? Target { get; set; }

    public string? Failure { get; set; }
}
