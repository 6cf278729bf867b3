namespace Voice.Grains.Contracts.Calls;

/// <summary>The TLib event names a call thread publishes on <c>voice-callthread</c>.</summary>
public static class CallEventIds
{
    public const string Dialing = "EventDialing";
    public const string NetworkReached = "EventNetworkReached";
    public const string Ringing = "EventRinging";
    public const string Established = "EventEstablished";
    public const string Held = "EventHeld";
    public const string Retrieved = "EventRetrieved";
    public const string Released = "EventReleased";
    public const string Abandoned = "EventAbandoned";
    public const string DestinationBusy = "EventDestinationBusy";
    public const string PartyAdded = "EventPartyAdded";
    public const string PartyChanged = "EventPartyChanged";
    public const string PartyDeleted = "EventPartyDeleted";
    public const string AttachedDataChanged = "EventAttachedDataChanged";
    public const string RouteRequest = "EventRouteRequest";
    public const string RouteUsed = "EventRouteUsed";
    public const string Queued = "EventQueued";
    public const string Diverted = "EventDiverted";
    public const string TreatmentApplied = "EventTreatmentApplied";
    public const string TreatmentNotApplied = "EventTreatmentNotApplied";
}
