using Voice.Runtime;

namespace Voice.Grains.Contracts.Tenancy;

/// <summary>
/// The configuration of one tenant (key = tenant id) and the lookups the SIP gateway makes per request, each
/// answered in one call.
/// </summary>
[GrainType("tenant")]
public interface ITenantGrain : IGrainWithStringKey
{
    /// <summary>The configuration in force, or null when none was ever applied.</summary>
    Task<TenantConfig?> GetConfigAsync();

    /// <summary>
    /// Validates <paramref name="config"/>, claims its domain and trunk addresses in the tenant directory, then
    /// stores it with the next version. Nothing changes when the result carries errors.
    /// </summary>
    Task<ApplyConfigResult> ApplyAsync(TenantConfig config);

    /// <summary>Runs the dial plan on <paramref name="dialled"/>; <paramref name="trunkName"/> names the calling trunk.</summary>
    Task<DestinationResult> ResolveDestinationAsync(string dialled, CallerKind callerKind, string? trunkName);

    /// <summary>The digest HA1s of extension <paramref name="dn"/>, or null when it is not an extension of this tenant.</summary>
    Task<DigestCredentials?> GetDigestCredentialsAsync(string dn);

    /// <summary>The trunk whose ACL contains <paramref name="sourceAddress"/> (most specific block wins), or null.</summary>
    Task<TrunkConfig?> MatchTrunkAsync(string sourceAddress);
}
