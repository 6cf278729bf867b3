using Voice.Grains.Contracts.Tenancy;

namespace Voice.Gateway.Rest.Tenants;

/// <summary>
/// A directory number. <see cref="Type"/>: extension (default), route-point, virtual-queue. An extension's SIP digest
/// secret is <see cref="Password"/> (stored as HA1 for the tenant's domain) or a ready <see cref="Digest"/>.
/// </summary>
public sealed record DnDocument(
    string? Number = null,
    string? Type = null,
    string? Password = null,
    DigestHa1? Digest = null,
    string? DefaultTarget = null,
    string? QueueId = null,
    string? Strategy = null)
{
    public override string ToString() => $"DnDocument({Number}, {Type}, secret redacted)";
}
