namespace Voice.Grains.Contracts.Tenancy;

/// <summary>
/// One directory number. Extensions carry <see cref="Digest"/> (the SIP digest secret of the device registering
/// as this DN); route points carry <see cref="DefaultTarget"/> (a virtual-queue id or a DN used when no strategy
/// routes the call); virtual queues carry <see cref="QueueId"/>.
/// </summary>
public sealed record DnConfig(
    string Number,
    DnType Type,
    DigestHa1? Digest = null,
    string? DefaultTarget = null,
    string? QueueId = null);
