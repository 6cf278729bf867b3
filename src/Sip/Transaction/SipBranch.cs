using System.Security.Cryptography;
using Voice.Sip.Headers;

namespace Voice.Sip.Transaction;

/// <summary>Generates Via branch parameters (RFC 3261 §8.1.1.7).</summary>
public static class SipBranch
{
    private const string Alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

    /// <summary>
    /// RFC 3261 §8.1.1.7: the branch must be unique across space and time for all requests a UA sends,
    /// and start with the magic cookie so receivers know it identifies the transaction.
    /// </summary>
    public static string NewBranch() => ViaHeader.MagicCookie + RandomToken(16);

    /// <summary>A random token (letters and digits), e.g. for a From/To tag (RFC 3261 §19.3, 32 bits of randomness at least).</summary>
    public static string RandomToken(int length) => RandomNumberGenerator.GetString(Alphabet, length);
}
