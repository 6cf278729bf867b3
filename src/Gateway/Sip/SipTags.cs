using System.Security.Cryptography;

namespace Voice.Gateway.Sip;

/// <summary>Random tags for the responses the gateway creates (RFC 3261 §19.3: at least 32 bits of randomness).</summary>
internal static class SipTags
{
    public static string New() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8));
}
