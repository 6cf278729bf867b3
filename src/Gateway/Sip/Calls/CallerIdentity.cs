using Voice.Grains.Contracts.Tenancy;
using Voice.Sip.Message;

namespace Voice.Gateway.Sip.Calls;

/// <summary>Who sent an INVITE: an authenticated extension, a trunk, or nobody we serve (with the refusal to send).</summary>
public sealed record CallerIdentity(string? TenantId, CallerKind Kind, string? Dn, string? TrunkName, SipResponse? Refusal)
{
    public static CallerIdentity Extension(string tenantId, string dn) => new(tenantId, CallerKind.Extension, dn, null, null);

    public static CallerIdentity Trunk(string tenantId, string? trunkName) => new(tenantId, CallerKind.Trunk, null, trunkName, null);

    public static CallerIdentity Refused(SipResponse refusal) => new(null, CallerKind.Trunk, null, null, refusal);
}
