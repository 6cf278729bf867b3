using Voice.Grains.Contracts.Tenancy;

namespace Voice.Gateway.Rest.Tenants;

/// <summary>
/// A directory number. <see cref="Type"/>: extension (default), route-point, virtual-queue. An extension's SIP digest
/// secret is <see cref="Password"/> (stored as HA1 for the tenant's domain) or a ready <see cref="Digest"/>. A virtual
/// queue may carry its delivery settings: <see cref="Selection"/>, <see cref="RingTimeoutSec"/>, <see cref="NotReadyOnNoAnswer"/>.
/// </summary>
public sealed record DnDocument(
    string? Number = null,
    string? Type = null,
    string? Password = null,
    DigestHa1? Digest = null,
    string? DefaultTarget = null,
    string? QueueId = null,
    string? Selection = null,
    int? RingTimeoutSec = null,
    bool? NotReadyOnNoAnswer = null,
    string? Strategy = null)
{
    public override string ToString() => $"DnDocument({Number}, {Type}, secret redacted)";
}
