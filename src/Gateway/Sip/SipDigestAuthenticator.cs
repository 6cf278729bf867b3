using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using TenantCredentials = Voice.Grains.Contracts.Tenancy.DigestCredentials;
using Voice.Sip.Auth;
using Voice.Sip.Message;

namespace Voice.Gateway.Sip;

/// <summary>
/// Digest authentication of a request from one of a tenant's extensions (REGISTER, INVITE) against the DN's stored
/// HA1s, with the nonce servers of <see cref="TenantDigestServers"/>.
/// </summary>
public sealed class SipDigestAuthenticator(TenantDigestServers digestServers, ILogger<SipDigestAuthenticator>? logger = null)
{
    private readonly ILogger _logger = (ILogger?)logger ?? NullLogger.Instance;

    /// <summary>
    /// Null when the credentials are good, else the response to send: 401 with fresh challenges (missing, stale, wrong
    /// or replayed credentials) or 403 when the credentials name another user (only the DN itself may act for it).
    /// </summary>
    public async Task<SipResponse?> AuthenticateAsync(SipRequest request, TenantCredentials credentials)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(credentials);
        var server = digestServers.For(credentials.Realm);
        var secret = DigestSecret.FromHa1(DigestAlgorithm.Md5, credentials.Ha1Md5).WithHa1(DigestAlgorithm.Sha256, credentials.Ha1Sha256);
        var result = await server.VerifyAsync(request, (username, realm, _) => ValueTask.FromResult(
            string.Equals(username, credentials.Username, StringComparison.Ordinal)
            && string.Equals(realm, credentials.Realm, StringComparison.OrdinalIgnoreCase) ? secret : null)).ConfigureAwait(false);
        if (result.IsOk)
        {
            return null;
        }

        Log.AuthenticationRefused(_logger, request.Method.Name, credentials.Username, credentials.Realm, result.Status);
        return result.Status == DigestVerificationStatus.UnknownUser
            ? SipResponseFactory.Create(request, 403, "Forbidden", SipTags.New())
            : server.CreateChallengeResponse(request, stale: result.ShouldChallengeStale, toTag: SipTags.New());
    }
}
