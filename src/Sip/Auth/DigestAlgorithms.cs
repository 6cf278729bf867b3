using System.Security.Cryptography;
using System.Text;

namespace Voice.Sip.Auth;

/// <summary>Names, strength and hashing for <see cref="DigestAlgorithm"/>.</summary>
public static class DigestAlgorithms
{
    /// <summary>The algorithm token as written on the wire (RFC 7616 §6.1).</summary>
    public static string Name(DigestAlgorithm algorithm) => algorithm switch
    {
        DigestAlgorithm.Md5 => "MD5",
        DigestAlgorithm.Md5Sess => "MD5-sess",
        DigestAlgorithm.Sha256 => "SHA-256",
        DigestAlgorithm.Sha256Sess => "SHA-256-sess",
        _ => throw new ArgumentOutOfRangeException(nameof(algorithm), algorithm, null),
    };

    /// <summary>
    /// Parses an algorithm token case-insensitively. RFC 7616 §3.3: an absent algorithm means MD5,
    /// so null maps to <see cref="DigestAlgorithm.Md5"/>.
    /// </summary>
    public static bool TryParse(string? token, out DigestAlgorithm algorithm)
    {
        algorithm = DigestAlgorithm.Md5;
        if (token is null)
        {
            return true;
        }

        foreach (var candidate in Enum.GetValues<DigestAlgorithm>())
        {
            if (string.Equals(Name(candidate), token, StringComparison.OrdinalIgnoreCase))
            {
                algorithm = candidate;
                return true;
            }
        }

        return false;
    }

    /// <summary>True for the "-sess" variants, whose HA1 also covers nonce and cnonce (RFC 7616 §3.4.2).</summary>
    public static bool IsSession(DigestAlgorithm algorithm) => algorithm is DigestAlgorithm.Md5Sess or DigestAlgorithm.Sha256Sess;

    /// <summary>The algorithm whose hash a "-sess" variant uses (precomputed HA1s are stored per base algorithm).</summary>
    public static DigestAlgorithm BaseOf(DigestAlgorithm algorithm) => algorithm switch
    {
        DigestAlgorithm.Md5Sess => DigestAlgorithm.Md5,
        DigestAlgorithm.Sha256Sess => DigestAlgorithm.Sha256,
        _ => algorithm,
    };

    /// <summary>H(data) as lower-case hex (RFC 7616 §3.4: "the hex representation of the output").</summary>
    public static string Hash(DigestAlgorithm algorithm, string data)
    {
        var input = Encoding.UTF8.GetBytes(data);
        var digest = BaseOf(algorithm) == DigestAlgorithm.Md5 ? HashMd5(input) : SHA256.HashData(input);
        return Convert.ToHexStringLower(digest);
    }

    // RFC 7616 §3.2 and RFC 8760 §2.1 keep MD5 for interoperability with existing SIP devices; CA5351 is
    // about MD5 as a security primitive, which the stronger algorithms offered first replace.
#pragma warning disable CA5351
    private static byte[] HashMd5(byte[] input) => MD5.HashData(input);
#pragma warning restore CA5351
}
