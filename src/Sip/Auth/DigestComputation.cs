namespace Voice.Sip.Auth;

/// <summary>
/// The digest formulas of RFC 7616 §3.4.1–§3.4.3 (and RFC 2617 §3.2.2.1 without qop). Pure functions of their
/// inputs, shared by <see cref="DigestClient"/> and <see cref="DigestServer"/> so both compute the same thing.
/// </summary>
public static class DigestComputation
{
    /// <summary>H(username ":" realm ":" passwd) — the value a registrar may store instead of the password.</summary>
    public static string Ha1(DigestAlgorithm algorithm, string username, string realm, string password) =>
        DigestAlgorithms.Hash(algorithm, $"{username}:{realm}:{password}");

    /// <summary>RFC 7616 §3.4.2: for "-sess" algorithms A1 = H(user:realm:pass) ":" nonce ":" cnonce.</summary>
    public static string SessionHa1(DigestAlgorithm algorithm, string ha1, string nonce, string cnonce) =>
        DigestAlgorithms.IsSession(algorithm) ? DigestAlgorithms.Hash(algorithm, $"{ha1}:{nonce}:{cnonce}") : ha1;

    /// <summary>RFC 7616 §3.4.3, qop=auth or absent: A2 = Method ":" request-uri.</summary>
    public static string Ha2(DigestAlgorithm algorithm, string method, string digestUri) =>
        DigestAlgorithms.Hash(algorithm, $"{method}:{digestUri}");

    /// <summary>
    /// RFC 7616 §3.4.1: response = KD(H(A1), nonce ":" nc ":" cnonce ":" qop ":" H(A2)) when qop is present;
    /// RFC 2617 §3.2.2.1 legacy: KD(H(A1), nonce ":" H(A2)) when it is not.
    /// </summary>
    public static string Response(DigestAlgorithm algorithm, string ha1, string nonce, string? nc, string? cnonce, string? qop, string ha2) =>
        qop is null
            ? DigestAlgorithms.Hash(algorithm, $"{ha1}:{nonce}:{ha2}")
            : DigestAlgorithms.Hash(algorithm, $"{ha1}:{nonce}:{nc}:{cnonce}:{qop}:{ha2}");

    /// <summary>The full computation from a password (client side, and tests against published vectors).</summary>
    public static string ResponseFromPassword(
        DigestAlgorithm algorithm, string username, string realm, string password, string method, string digestUri,
        string nonce, string? nc, string? cnonce, string? qop)
    {
        var ha1 = SessionHa1(algorithm, Ha1(algorithm, username, realm, password), nonce, cnonce ?? string.Empty);
        return Response(algorithm, ha1, nonce, nc, cnonce, qop, Ha2(algorithm, method, digestUri));
    }
}
