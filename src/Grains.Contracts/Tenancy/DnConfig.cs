namespace Voice.Grains.Contracts.Tenancy;

/// <summary>
/// One directory number. Extensions carry <see cref="Digest"/> (the SIP digest secret of the device registering
/// as this DN); route points carry <see cref="DefaultTarget"/> (a virtual-queue id or a DN used when no strategy
/// routes the call) and may carry <see cref="Strategy"/> (the routing strategy: ES5 source defining
/// <c>function route(call)</c>, docs/routing.md); virtual queues carry <see cref="QueueId"/> and, optionally, how the
/// queue delivers its calls: <see cref="Selection"/> (a name of <see cref="QueueSettingNames"/>),
/// <see cref="RingTimeoutSec"/> and <see cref="NotReadyOnNoAnswer"/>. Null means the default
/// (<see cref="QueueSettingNames"/>), so a file that does not mention them keeps meaning the same.
/// </summary>
public sealed record DnConfig(
    string Number,
    DnType Type,
    DigestHa1? Digest = null,
    string? DefaultTarget = null,
    string? QueueId = null,
    string? Selection = null,
    int? RingTimeoutSec = null,
    bool? NotReadyOnNoAnswer = null,
    string? Strategy = null);
