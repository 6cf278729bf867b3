using Voice.Sip.Message;

namespace Voice.Sip.Auth;

public sealed partial class DigestServer
{
    /// <summary>
    /// Verifies the Authorization (or, for a proxy, Proxy-Authorization) credentials of <paramref name="request"/>
    /// for this realm. Credentials for other realms are ignored (RFC 3261 §22.3 lets several coexist).
    /// </summary>
    public async ValueTask<DigestVerificationResult> VerifyAsync(
        SipRequest request, DigestSecretLookup lookup, bool proxy = false, CancellationToken cancellationToken = default)
    {
        var result = await VerifyCoreAsync(request, lookup, proxy, cancellationToken).ConfigureAwait(false);
        if (result.IsOk)
        {
            Log.Accepted(_logger, result.Username!, _options.Realm);
        }
        else if (result.Status is DigestVerificationStatus.Replayed or DigestVerificationStatus.InvalidNonce)
        {
            Log.Suspicious(_logger, _options.Realm, result.Status);
        }
        else
        {
            Log.Refused(_logger, _options.Realm, result.Status);
        }

        return result;
    }

    private async ValueTask<DigestVerificationResult> VerifyCoreAsync(
        SipRequest request, DigestSecretLookup lookup, bool proxy, CancellationToken cancellationToken)
    {
        var status = SelectCredentials(request, proxy, out var value);
        if (status == DigestVerificationStatus.Ok)
        {
            status = DigestCredentials.TryRead(value, out var read);
            if (status == DigestVerificationStatus.Ok)
            {
                return await VerifyReadCredentialsAsync(request, read, lookup, cancellationToken).ConfigureAwait(false);
            }
        }

        return new DigestVerificationResult(status, value?.Get("username"));
    }

    private async ValueTask<DigestVerificationResult> VerifyReadCredentialsAsync(
        SipRequest request, DigestCredentials credentials, DigestSecretLookup lookup, CancellationToken cancellationToken)
    {
        var status = CheckBeforeLookup(request, credentials, out var validity, out var issuedAt);
        if (status != DigestVerificationStatus.Ok)
        {
            return new DigestVerificationResult(status, credentials.Username);
        }

        var secret = await lookup(credentials.Username, credentials.Realm, cancellationToken).ConfigureAwait(false);
        if (secret is null)
        {
            return new DigestVerificationResult(DigestVerificationStatus.UnknownUser, credentials.Username);
        }

        if (!secret.TryGetHa1(credentials.Algorithm, credentials.Username, credentials.Realm, out var ha1))
        {
            return new DigestVerificationResult(DigestVerificationStatus.UnsupportedAlgorithm, credentials.Username);
        }

        if (!ResponseMatches(request, credentials, ha1))
        {
            return new DigestVerificationResult(DigestVerificationStatus.BadResponse, credentials.Username);
        }

        // RFC 7616 §3.3: stale=true only when the digest itself was valid, so the client need not re-prompt.
        if (validity == NonceValidity.Expired)
        {
            return new DigestVerificationResult(DigestVerificationStatus.StaleNonce, credentials.Username);
        }

        // Without qop a nonce count does not exist; counting the one use as nc=1 makes the nonce single-use.
        var use = _counts.TryUse(credentials.Nonce, issuedAt, issuedAt + _nonces.Lifetime, credentials.NonceCount ?? 1);
        status = use switch
        {
            NonceUse.Accepted => DigestVerificationStatus.Ok,
            NonceUse.Replayed => DigestVerificationStatus.Replayed,
            _ => DigestVerificationStatus.StaleNonce,
        };
        return new DigestVerificationResult(status, credentials.Username);
    }
}
