using Voice.Grains.Contracts.Tenancy;

namespace Voice.Grains.Contracts.Calls;

/// <summary>
/// A new call as the gateway saw it: who calls (an authenticated extension or a trusted trunk), the dialled digits
/// (the Request-URI user), the calling number (From user) and the caller's leg.
/// </summary>
public sealed record CallOffer(
    string TenantId,
    CallerKind CallerKind,
    string? CallerDn,
    string? TrunkName,
    string Dialled,
    string Ani,
    CallerLeg Caller);
