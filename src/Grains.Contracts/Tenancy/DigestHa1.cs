namespace Voice.Grains.Contracts.Tenancy;

/// <summary>
/// The stored digest secret of an extension: HA1 = H(username ":" realm ":" password) (RFC 7616 §3.4.2) for
/// both base algorithms SIP uses (MD5 and SHA-256, RFC 8760 §2.1), lower-case hex, username = the DN number.
/// </summary>
/// <remarks>
/// Why HA1 and not the clear password: HA1 is all a registrar needs to verify MD5, MD5-sess, SHA-256 and
/// SHA-256-sess responses, and a leaked config then does not leak passwords usable elsewhere. The price is that
/// HA1 is bound to the realm: changing the tenant's SIP domain requires the passwords again (the validator rejects
/// a config whose HA1 realm differs from the domain). Two algorithms means two values, which is practical.
/// </remarks>
public sealed record DigestHa1(string Realm, string Md5, string Sha256);
