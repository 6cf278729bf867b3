using System.Security.Cryptography;
using System.Text;
using Voice.Grains.Contracts.Tenancy;

namespace Voice.Gateway.Rest.Tenants;

/// <summary>
/// HA1 = H(dn ":" realm ":" password) for MD5 and SHA-256 (RFC 7616 §3.4.2), the form an extension's secret is stored
/// in (<see cref="DigestHa1"/>). The gateway computes it itself because it depends on grain contracts only, not on
/// the grain project where the YAML loader does the same.
/// </summary>
internal static class DigestSecret
{
    public static DigestHa1 Compute(string dn, string realm, string password)
    {
        var input = Encoding.UTF8.GetBytes($"{dn}:{realm}:{password}");
        return new DigestHa1(realm, Convert.ToHexStringLower(Md5(input)), Convert.ToHexStringLower(SHA256.HashData(input)));
    }

    // MD5 stays for SIP devices that know nothing else (RFC 8760 §2.1); SHA-256 is stored alongside.
#pragma warning disable CA5351
    private static byte[] Md5(byte[] input) => MD5.HashData(input);
#pragma warning restore CA5351
}
