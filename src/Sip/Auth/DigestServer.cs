using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Voice.Sip.Headers;
using Voice.Sip.Message;

namespace Voice.Sip.Auth;

/// <summary>
/// The UAS / proxy side of SIP digest authentication (RFC 3261 §22, RFC 8760, RFC 7616): builds challenges and
/// verifies credentials. Nonces are stateless (<see cref="DigestNonceService"/>); only nonce counts are remembered.
/// </summary>
public sealed partial class DigestServer
{
    private readonly DigestServerOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly DigestNonceService _nonces;
    private readonly NonceCountTracker _counts;
    private readonly string _opaque;

    public DigestServer(DigestServerOptions options, TimeProvider time, ILogger<DigestServer>? logger = null)
    {
        if (options.Algorithms.Count == 0)
        {
            throw new ArgumentException("At least one digest algorithm must be offered.", nameof(options));
        }

        _options = options;
        _time = time;
        _logger = (ILogger?)logger ?? NullLogger.Instance;
        var secret = options.NonceSecret ?? RandomNumberGenerator.GetBytes(32);
        _nonces = new DigestNonceService(secret, options.NonceLifetime, time);
        _counts = new NonceCountTracker(options.MaxTrackedNonces, time);

        // The opaque is fixed per (secret, realm): clients must echo it (RFC 7616 §3.3), and deriving it keeps it stateless.
        var mac = HMACSHA256.HashData(secret, Encoding.UTF8.GetBytes("opaque:" + options.Realm));
        _opaque = Convert.ToHexStringLower(mac.AsSpan(0, 16));
    }

    public string Realm => _options.Realm;

    /// <summary>
    /// One challenge per offered algorithm, most preferred first, all sharing one nonce (RFC 8760 §2.3).
    /// <paramref name="stale"/> adds stale=true after a <see cref="DigestVerificationStatus.StaleNonce"/> result.
    /// </summary>
    public IReadOnlyList<AuthHeaderValue> CreateChallenges(bool stale = false)
    {
        var nonce = _nonces.Create(_options.Realm);
        var challenges = new List<AuthHeaderValue>(_options.Algorithms.Count);
        foreach (var algorithm in _options.Algorithms)
        {
            var challenge = new AuthHeaderValue("Digest", AuthHeaderRole.Challenge)
                .Set("realm", _options.Realm)
                .Set("nonce", nonce)
                .Set("opaque", _opaque)
                .Set("algorithm", DigestAlgorithms.Name(algorithm))
                .Set("qop", "auth");
            if (stale)
            {
                challenge.Set("stale", "true");
            }

            challenges.Add(challenge);
        }

        return challenges;
    }

    /// <summary>
    /// A 401 with WWW-Authenticate (or, for a proxy, 407 with Proxy-Authenticate — RFC 3261 §22.3) carrying fresh challenges.
    /// </summary>
    public SipResponse CreateChallengeResponse(SipRequest request, bool proxy = false, bool stale = false, string? toTag = null)
    {
        var response = SipResponseFactory.Create(request, proxy ? 407 : 401, toTag: toTag);
        var kind = proxy ? HeaderKind.ProxyAuthenticate : HeaderKind.WwwAuthenticate;
        foreach (var challenge in CreateChallenges(stale))
        {
            response.AddAuthHeader(kind, challenge);
        }

        return response;
    }
}
