namespace Voice.Grains.Contracts.Tenancy;

/// <summary>
/// The resolved destination. <see cref="Number"/> is the translated number (the DN for internal kinds, the
/// number to send to a trunk for <see cref="DestinationKind.External"/>); <see cref="QueueId"/> is set for a
/// virtual queue; <see cref="DefaultTarget"/> for a route point; <see cref="Reason"/> explains NotFound/Forbidden;
/// <see cref="TrunkName"/> and <see cref="TrunkTarget"/> name the trunk an external number leaves through (null when
/// no trunk carries outbound calls).
/// </summary>
public sealed record DestinationResult(
    DestinationKind Kind,
    string? Number = null,
    string? QueueId = null,
    string? DefaultTarget = null,
    string? Reason = null,
    string? TrunkName = null,
    string? TrunkTarget = null)
{
    public static DestinationResult NotFound(string reason) => new(DestinationKind.NotFound, Reason: reason);

    public static DestinationResult Forbidden(string reason) => new(DestinationKind.Forbidden, Reason: reason);
}
