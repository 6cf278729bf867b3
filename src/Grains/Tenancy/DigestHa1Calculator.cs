using System.Security.Cryptography;
using System.Text;
using Voice.Grains.Contracts.Tenancy;

namespace Voice.Grains.Tenancy;

/// <summary>
/// HA1 = H(username ":" realm ":" password) (RFC 7616 §3.4.2) as lower-case hex, for MD5 and SHA-256: what an
/// extension's digest secret is stored as (see <see cref="DigestHa1"/> for why).
/// </summary>
public static class DigestHa1Calculator
{
    public static DigestHa1 Compute(string username, string realm, string password)
    {
        ArgumentNullException.ThrowIfNull(username);
        ArgumentNullException.ThrowIfNull(realm);
        ArgumentNullException.ThrowIfNull(password);
        var input = Encoding.UTF8.GetBytes($"{username}:{realm}:{password}");
        return new DigestHa1(realm, Convert.ToHexStringLower(HashMd5(input)), Convert.ToHexStringLower(SHA256.HashData(input)));
    }

    /// <summary>Lower-case hex of the length the algorithm produces (32 for MD5, 64 for SHA-256).</summary>
    public static bool IsHa1(string? value, int hexLength) =>
        value is not null && value.Length == hexLength && value.All(c => char.IsAsciiDigit(c) || c is >= 'a' and <= 'f');

    // RFC 8760 §2.1 keeps MD5 for existing SIP devices; CA5351 concerns MD5 as a security primitive, and SHA-256 is
    // stored alongside for clients that can use it.
#pragma warning disable CA5351
    private static byte[] HashMd5(byte[] input) => MD5.HashData(input);
#pragma warning restore CA5351
}
