using System.Collections.Concurrent;
using System.Security.Cryptography;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Voice.Sip.Auth;

namespace Voice.Gateway.Sip;

/// <summary>
/// One <see cref="DigestServer"/> per realm (= tenant SIP domain), created on first use. They share the nonce key,
/// so nonces stay stateless; each keeps its own nonce-count replay window.
/// </summary>
public sealed class TenantDigestServers
{
    private readonly ConcurrentDictionary<string, DigestServer> _servers = new(StringComparer.OrdinalIgnoreCase);
    private readonly SipGatewayOptions _options;
    private readonly TimeProvider _time;
    private readonly ILoggerFactory? _loggerFactory;
    private readonly byte[] _nonceSecret;

    public TenantDigestServers(IOptions<SipGatewayOptions> options, TimeProvider time, ILoggerFactory? loggerFactory = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Value;
        _time = time;
        _loggerFactory = loggerFactory;
        // Drawn once, not per realm: every realm's server must accept what this node issued for it.
        _nonceSecret = _options.NonceSecret ?? RandomNumberGenerator.GetBytes(32);
    }

    public DigestServer For(string realm) => _servers.GetOrAdd(realm, Create);

    private DigestServer Create(string realm) => new(
        new DigestServerOptions
        {
            Realm = realm,
            NonceSecret = _nonceSecret,
            NonceLifetime = _options.NonceLifetime,
            Algorithms = [.. _options.DigestAlgorithms],
        },
        _time,
        _loggerFactory?.CreateLogger<DigestServer>());
}
