using System.Security.Cryptography;
using System.Text;

namespace Voice.Grains.Contracts.Tenancy;

/// <summary>
/// PBKDF2-HMAC-SHA256 (RFC 8018 §5.2) with a random 16-byte salt per hash, so two hashes of one password differ
/// and precomputed tables are useless. The iteration count is stored with the hash so it can be raised later
/// without invalidating existing hashes.
/// </summary>
public static class PasswordHasher
{
    public const string Algorithm = "PBKDF2-SHA256";

    /// <summary>OWASP's 2023 recommendation for PBKDF2-HMAC-SHA256.</summary>
    public const int DefaultIterations = 600_000;

    /// <summary>Below this a stored hash is rejected by validation as too weak.</summary>
    public const int MinimumIterations = 1_000;

    private const int SaltBytes = 16;
    private const int HashBytes = 32;

    public static PasswordHash Hash(string password, int iterations = DefaultIterations)
    {
        ArgumentNullException.ThrowIfNull(password);
        ArgumentOutOfRangeException.ThrowIfLessThan(iterations, MinimumIterations);
        var salt = RandomNumberGenerator.GetBytes(SaltBytes);
        var hash = Derive(password, salt, iterations, HashBytes);
        return new PasswordHash(Algorithm, iterations, Convert.ToBase64String(salt), Convert.ToBase64String(hash));
    }

    /// <summary>True when <paramref name="password"/> produced <paramref name="stored"/>; false for malformed hashes.</summary>
    public static bool Verify(string password, PasswordHash stored)
    {
        ArgumentNullException.ThrowIfNull(password);
        ArgumentNullException.ThrowIfNull(stored);
        if (!IsWellFormed(stored))
        {
            return false;
        }

        var expected = Convert.FromBase64String(stored.Hash);
        var actual = Derive(password, Convert.FromBase64String(stored.Salt), stored.Iterations, expected.Length);
        // Constant-time comparison: the time taken must not reveal how many leading bytes matched.
        return CryptographicOperations.FixedTimeEquals(actual, expected);
    }

    /// <summary>Algorithm known, iterations not below the minimum, salt and hash valid non-empty base64.</summary>
    public static bool IsWellFormed(PasswordHash stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        return stored.Algorithm == Algorithm
            && stored.Iterations >= MinimumIterations
            && IsBase64(stored.Salt)
            && IsBase64(stored.Hash);
    }

    private static bool IsBase64(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return false;
        }

        Span<byte> buffer = stackalloc byte[text.Length];
        return Convert.TryFromBase64String(text, buffer, out var written) && written > 0;
    }

    private static byte[] Derive(string password, byte[] salt, int iterations, int length) =>
        Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(password), salt, iterations, HashAlgorithmName.SHA256, length);
}
