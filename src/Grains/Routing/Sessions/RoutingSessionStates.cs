namespace Voice.Grains.Routing.Sessions;

/// <summary>Where a routing session is.</summary>
public static class RoutingSessionStates
{
    public const string None = "None";
    public const string Running = "Running";
    public const string Queued = "Queued";
    public const string Routed = "Routed";
    public const string Failed = "Failed";
    public const string Ended = "Ended";
}
