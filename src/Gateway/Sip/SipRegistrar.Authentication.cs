using TenantCredentials = Voice.Grains.Contracts.Tenancy.DigestCredentials;
using Voice.Sip.Auth;
using Voice.Sip.Message;

namespace Voice.Gateway.Sip;

public sealed partial class SipRegistrar
{
    /// <summary>
    /// Checks the request's digest credentials against the DN's stored HA1s; null when they are good, else the
    /// response to send: 401 with fresh challenges (missing, stale, wrong or replayed credentials) or 403 when the
    /// credentials belong to another user (RFC 3261 §10.3 step 4: only the DN itself may change its bindings).
    /// </summary>
    private async Task<SipResponse?> AuthenticateAsync(SipRequest request, TenantCredentials credentials)
    {
        var server = digestServers.For(credentials.Realm);
        var secret = DigestSecret.FromHa1(DigestAlgorithm.Md5, credentials.Ha1Md5).WithHa1(DigestAlgorithm.Sha256, credentials.Ha1Sha256);
        var result = await server.VerifyAsync(request, (username, realm, _) => ValueTask.FromResult(
            string.Equals(username, credentials.Username, StringComparison.Ordinal)
            && string.Equals(realm, credentials.Realm, StringComparison.OrdinalIgnoreCase) ? secret : null)).ConfigureAwait(false);
        if (result.IsOk)
        {
            return null;
        }

        Log.AuthenticationRefused(_logger, credentials.Username, credentials.Realm, result.Status);
        return result.Status == DigestVerificationStatus.UnknownUser
            ? Refuse(request, 403, "Forbidden")
            : server.CreateChallengeResponse(request, stale: result.ShouldChallengeStale, toTag: SipTags.New());
    }
}
