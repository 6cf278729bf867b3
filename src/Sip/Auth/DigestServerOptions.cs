namespace Voice.Sip.Auth;

/// <summary>Configuration of a <see cref="DigestServer"/>.</summary>
public sealed class DigestServerOptions
{
    public required string Realm { get; init; }

    /// <summary>
    /// Key of the nonce MAC (at least 32 bytes). Nodes that must accept each other's nonces share it;
    /// when null a random key is drawn, so nonces only validate on this instance.
    /// </summary>
    public byte[]? NonceSecret { get; init; }

    /// <summary>How long a nonce stays fresh; older nonces earn stale=true (RFC 7616 §5.5).</summary>
    public TimeSpan NonceLifetime { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>Algorithms offered, most preferred first (RFC 8760 §2.3: one challenge per algorithm, in preference order).</summary>
    public IReadOnlyList<DigestAlgorithm> Algorithms { get; init; } = [DigestAlgorithm.Sha256, DigestAlgorithm.Md5];

    /// <summary>Accept RFC 2069/2617 credentials without qop (each nonce then works once). RFC 8760 §2.2 wants qop.</summary>
    public bool AllowLegacyNoQop { get; init; } = true;

    /// <summary>Upper bound of nonces remembered for replay detection.</summary>
    public int MaxTrackedNonces { get; init; } = 10_000;
}
