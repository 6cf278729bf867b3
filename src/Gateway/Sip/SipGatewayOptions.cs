using System.Net;
using Voice.Grains.Contracts.Registrar;
using Voice.Sip.Auth;
using Voice.Sip.Transaction;

namespace Voice.Gateway.Sip;

/// <summary>
/// Settings of the SIP gateway on one node. Digest realm policy: the realm of a tenant is always its SIP domain,
/// because the tenant stores HA1 = H(dn:realm:password) bound to that domain (docs/tenancy.md); so the realm is not a
/// setting, but the offered algorithms and the nonce key and lifetime are.
/// </summary>
public sealed class SipGatewayOptions
{
    public IList<IPEndPoint> UdpListenEndPoints { get; } = [new IPEndPoint(IPAddress.Any, 5060)];

    public IList<IPEndPoint> TcpListenEndPoints { get; } = [new IPEndPoint(IPAddress.Any, 5060)];

    /// <summary>Host written in Via sent-by instead of the bound address (NAT, k8s Service).</summary>
    public string? AdvertisedHost { get; set; }

    /// <summary>Registration intervals: below Min → 423, above Max → shortened, none given → Default (RFC 3261 §10.3).</summary>
    public ExpiresBounds Expires { get; set; } = ExpiresBounds.Standard;

    /// <summary>
    /// Key of the digest nonce MAC (≥ 32 bytes). Every node of a cluster needs the same key so a nonce issued by one
    /// node validates on another; null draws a random key per process (fine for a single node).
    /// </summary>
    public byte[]? NonceSecret { get; set; }

    /// <summary>How long a nonce stays fresh; an older one earns a 401 with stale=true (RFC 7616 §3.3).</summary>
    public TimeSpan NonceLifetime { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Digest algorithms offered, most preferred first (RFC 8760 §2.3); the tenant stores HA1 for both.</summary>
    public IList<DigestAlgorithm> DigestAlgorithms { get; } = [DigestAlgorithm.Sha256, DigestAlgorithm.Md5];

    /// <summary>Timers of the transaction layer (T1, T2, T4 …).</summary>
    public SipTransactionOptions Transactions { get; set; } = new();
}
