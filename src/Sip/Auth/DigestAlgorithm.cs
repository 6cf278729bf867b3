namespace Voice.Sip.Auth;

/// <summary>
/// Digest algorithms from the IANA "Hash Algorithms for HTTP Digest Authentication" registry that SIP may use
/// (RFC 7616 §3.2, RFC 8760 §2.1). Values are ordered by strength so a larger value is preferred.
/// SHA-512-256 is not offered: .NET has no SHA-512/256 primitive and it is optional for SIP.
/// </summary>
public enum DigestAlgorithm
{
    Md5 = 1,
    Md5Sess = 2,
    Sha256 = 3,
    Sha256Sess = 4,
}
