namespace Voice.Sip.Auth;

/// <summary>
/// What a server knows about one user: the password, or precomputed HA1 values
/// (H(username:realm:password) per base algorithm, RFC 7616 §3.4.2) so plain passwords need not be stored.
/// <see cref="ToString"/> never reveals either.
/// </summary>
public sealed class DigestSecret
{
    private readonly string? _password;
    private readonly Dictionary<DigestAlgorithm, string> _ha1ByAlgorithm;

    private DigestSecret(string? password, Dictionary<DigestAlgorithm, string> ha1ByAlgorithm)
    {
        _password = password;
        _ha1ByAlgorithm = ha1ByAlgorithm;
    }

    public static DigestSecret FromPassword(string password) => new(password, []);

    /// <summary>A precomputed HA1 for one base algorithm (MD5 or SHA-256); "-sess" variants derive from it.</summary>
    public static DigestSecret FromHa1(DigestAlgorithm algorithm, string ha1) =>
        new(null, new Dictionary<DigestAlgorithm, string> { [DigestAlgorithms.BaseOf(algorithm)] = ha1.ToLowerInvariant() });

    /// <summary>Adds the HA1 of another base algorithm (a user may be stored for both MD5 and SHA-256).</summary>
    public DigestSecret WithHa1(DigestAlgorithm algorithm, string ha1)
    {
        var copy = new Dictionary<DigestAlgorithm, string>(_ha1ByAlgorithm) { [DigestAlgorithms.BaseOf(algorithm)] = ha1.ToLowerInvariant() };
        return new DigestSecret(_password, copy);
    }

    /// <summary>The non-session HA1 for <paramref name="algorithm"/>, or false when this secret cannot produce one.</summary>
    public bool TryGetHa1(DigestAlgorithm algorithm, string username, string realm, out string ha1)
    {
        if (_ha1ByAlgorithm.TryGetValue(DigestAlgorithms.BaseOf(algorithm), out ha1!))
        {
            return true;
        }

        if (_password is null)
        {
            return false;
        }

        ha1 = DigestComputation.Ha1(algorithm, username, realm, _password);
        return true;
    }

    public override string ToString() => "DigestSecret(redacted)";
}
