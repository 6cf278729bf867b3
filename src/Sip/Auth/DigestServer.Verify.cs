using System.Security.Cryptography;
using System.Text;
using Voice.Sip.Headers;
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

    private DigestVerificationStatus SelectCredentials(SipRequest request, bool proxy, out AuthHeaderValue value)
    {
        value = null!;
        var kind = proxy ? HeaderKind.ProxyAuthorization : HeaderKind.Authorization;
        if (!request.TryGetAuthHeaders(kind, out var all, out _))
        {
            return DigestVerificationStatus.MalformedCredentials;
        }

        var sawDigest = false;
        foreach (var candidate in all)
        {
            if (!candidate.IsDigest)
            {
                continue;
            }

            sawDigest = true;
            if (string.Equals(candidate.Realm, _options.Realm, StringComparison.Ordinal))
            {
                value = candidate;
                return DigestVerificationStatus.Ok;
            }
        }

        return sawDigest ? DigestVerificationStatus.WrongRealm : DigestVerificationStatus.MissingCredentials;
    }

    private DigestVerificationStatus CheckBeforeLookup(
        SipRequest request, DigestCredentials credentials, out NonceValidity validity, out DateTimeOffset issuedAt)
    {
        validity = _nonces.Validate(credentials.Nonce, _options.Realm, out issuedAt);
        if (!_options.Algorithms.Contains(credentials.Algorithm))
        {
            return DigestVerificationStatus.UnsupportedAlgorithm;
        }

        if (credentials.Qop is null && !_options.AllowLegacyNoQop)
        {
            return DigestVerificationStatus.UnsupportedQop;
        }

        if (!UriMatches(request, credentials.Uri))
        {
            return DigestVerificationStatus.UriMismatch;
        }

        if (validity == NonceValidity.Invalid
            || (credentials.Opaque is not null && !string.Equals(credentials.Opaque, _opaque, StringComparison.Ordinal)))
        {
            return DigestVerificationStatus.InvalidNonce;
        }

        return DigestVerificationStatus.Ok;
    }

    private static bool ResponseMatches(SipRequest request, DigestCredentials c, string ha1)
    {
        var sessionHa1 = DigestComputation.SessionHa1(c.Algorithm, ha1, c.Nonce, c.Cnonce ?? string.Empty);
        var ha2 = DigestComputation.Ha2(c.Algorithm, request.Method.Name, c.Uri);
        var expected = DigestComputation.Response(c.Algorithm, sessionHa1, c.Nonce, c.NonceCountText, c.Cnonce, c.Qop, ha2);

        // Constant time, so response timing reveals nothing about how many leading characters were right.
        return CryptographicOperations.FixedTimeEquals(
            Encoding.ASCII.GetBytes(expected), Encoding.ASCII.GetBytes(c.Response.ToLowerInvariant()));
    }

    /// <summary>RFC 7616 §3.4.6: the uri directive must identify the same resource as the Request-URI.</summary>
    private static bool UriMatches(SipRequest request, string digestUri)
    {
        var raw = Encoding.UTF8.GetString(request.RawRequestUri.Span);
        if (string.Equals(raw, digestUri, StringComparison.Ordinal))
        {
            return true;
        }

        return request.TryGetRequestUri(out var requestUri, out _)
            && SipUri.TryParse(digestUri, out var credentialUri)
            && requestUri.EquivalentTo(credentialUri);
    }
}
