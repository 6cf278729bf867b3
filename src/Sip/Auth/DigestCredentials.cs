using System.Globalization;
using Voice.Sip.Headers;

namespace Voice.Sip.Auth;

/// <summary>
/// The directives of a Digest credentials value (RFC 7616 §3.4), checked for presence and form.
/// <see cref="NonceCountText"/> keeps nc as sent, because the response is computed over that exact text.
/// </summary>
public sealed record DigestCredentials(
    string Username,
    string Realm,
    string Nonce,
    string Uri,
    string Response,
    DigestAlgorithm Algorithm,
    string? Qop,
    string? Cnonce,
    string? NonceCountText,
    long? NonceCount,
    string? Opaque)
{
    /// <summary>Reads and checks a credentials value; qop other than "auth" is refused (auth-int is not supported).</summary>
    public static DigestVerificationStatus TryRead(AuthHeaderValue value, out DigestCredentials credentials)
    {
        credentials = null!;
        var username = value.Get("username");
        var realm = value.Get("realm");
        var nonce = value.Get("nonce");
        var uri = value.Get("uri");
        var response = value.Get("response");
        if (username is null || realm is null || nonce is null || uri is null || response is null)
        {
            return DigestVerificationStatus.MalformedCredentials;
        }

        if (!DigestAlgorithms.TryParse(value.Algorithm, out var algorithm))
        {
            return DigestVerificationStatus.UnsupportedAlgorithm;
        }

        var qop = value.Get("qop");
        var cnonce = value.Get("cnonce");
        var ncText = value.Get("nc");
        long? nc = null;
        if (qop is not null)
        {
            if (!string.Equals(qop, "auth", StringComparison.OrdinalIgnoreCase))
            {
                return DigestVerificationStatus.UnsupportedQop;
            }

            // RFC 7616 §3.4: with qop, cnonce and nc (exactly 8 hex digits) MUST be present.
            if (cnonce is null || ncText is not { Length: 8 }
                || !long.TryParse(ncText, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var count))
            {
                return DigestVerificationStatus.MalformedCredentials;
            }

            nc = count;
        }

        credentials = new DigestCredentials(username, realm, nonce, uri, response, algorithm, qop, cnonce, ncText, nc, value.Get("opaque"));
        return DigestVerificationStatus.Ok;
    }
}
