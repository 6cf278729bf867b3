using System.Security.Cryptography;
using System.Text;
using Voice.Sip.Headers;
using Voice.Sip.Message;

namespace Voice.Sip.Auth;

/// <summary>The individual checks <see cref="VerifyAsync"/> runs, in the order it runs them.</summary>
public sealed partial class DigestServer
{
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
