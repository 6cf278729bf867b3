using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Voice.Sip.Headers;
using Voice.Sip.Message;

namespace Voice.Sip.Auth;

/// <summary>
/// The UAC side of SIP digest authentication (RFC 3261 §22.2–§22.3, RFC 8760 §2.4): answers a 401/407 by adding
/// Authorization / Proxy-Authorization credentials to the retried request. Keeps one nonce count per nonce so
/// reusing a nonce for later requests carries an increasing nc (RFC 7616 §3.4).
/// </summary>
public sealed class DigestClient
{
    private const int MaxRememberedNonces = 64;

    private readonly string _username;
    private readonly string _password;
    private readonly ILogger _logger;
    private readonly object _gate = new();
    private readonly Dictionary<string, long> _nonceCounts = new(StringComparer.Ordinal);

    public DigestClient(string username, string password, ILogger<DigestClient>? logger = null)
    {
        _username = username;
        _password = password;
        _logger = (ILogger?)logger ?? NullLogger.Instance;
    }

    /// <summary>
    /// Adds credentials to <paramref name="request"/> for every realm challenged in <paramref name="challengeResponse"/>
    /// (401 → Authorization, 407 → Proxy-Authorization), replacing older ones for those realms. The caller re-sends the
    /// request with a new CSeq and branch (RFC 3261 §22.2). False when no challenge uses a supported algorithm and qop.
    /// </summary>
    public bool TryAuthorize(SipRequest request, SipResponse challengeResponse)
    {
        var (challengeKind, credentialKind) = challengeResponse.StatusCode == 407
            ? (HeaderKind.ProxyAuthenticate, HeaderKind.ProxyAuthorization)
            : (HeaderKind.WwwAuthenticate, HeaderKind.Authorization);
        if (!challengeResponse.TryGetAuthHeaders(challengeKind, out var challenges, out _)
            || !request.TryGetAuthHeaders(credentialKind, out var existing, out _))
        {
            return false;
        }

        var chosen = DigestChallengeSelector.SelectPerRealm(challenges);
        if (chosen.Count == 0)
        {
            Log.NoUsableChallenge(_logger, challengeResponse.StatusCode);
            return false;
        }

        var digestUri = Encoding.UTF8.GetString(request.RawRequestUri.Span);
        request.Headers.RemoveAll(credentialKind);
        foreach (var kept in existing)
        {
            if (!chosen.Exists(c => string.Equals(c.Realm, kept.Realm, StringComparison.Ordinal)))
            {
                request.AddAuthHeader(credentialKind, kept);
            }
        }

        foreach (var challenge in chosen)
        {
            request.AddAuthHeader(credentialKind, CreateCredentials(challenge, request.Method, digestUri));
        }

        return true;
    }

    /// <summary>Credentials answering one challenge, with a fresh cnonce and the next nc for its nonce.</summary>
    public AuthHeaderValue CreateCredentials(AuthHeaderValue challenge, SipMethod method, string digestUri)
    {
        var nonce = challenge.Nonce ?? throw new ArgumentException("The challenge has no nonce.", nameof(challenge));
        var cnonce = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        return CreateCredentials(challenge, method, digestUri, cnonce, NextNonceCount(nonce));
    }

    /// <summary>Deterministic form (explicit cnonce and nc) for interoperability tests against published vectors.</summary>
    public AuthHeaderValue CreateCredentials(AuthHeaderValue challenge, SipMethod method, string digestUri, string cnonce, long nonceCount)
    {
        var realm = challenge.Realm ?? string.Empty;
        var nonce = challenge.Nonce ?? throw new ArgumentException("The challenge has no nonce.", nameof(challenge));
        if (!DigestAlgorithms.TryParse(challenge.Algorithm, out var algorithm))
        {
            throw new ArgumentException("The challenge uses an unsupported algorithm.", nameof(challenge));
        }

        var qop = DigestChallengeSelector.OffersAuth(challenge) ? "auth" : null;
        var nc = qop is null ? null : nonceCount.ToString("x8", CultureInfo.InvariantCulture);
        var cn = qop is null && !DigestAlgorithms.IsSession(algorithm) ? null : cnonce;
        var response = DigestComputation.ResponseFromPassword(algorithm, _username, realm, _password, method.Name, digestUri, nonce, nc, cn, qop);

        var credentials = new AuthHeaderValue("Digest", AuthHeaderRole.Credentials)
            .Set("username", _username)
            .Set("realm", realm)
            .Set("nonce", nonce)
            .Set("uri", digestUri)
            .Set("response", response)
            .Set("algorithm", DigestAlgorithms.Name(algorithm));
        if (cn is not null)
        {
            credentials.Set("cnonce", cn);
        }

        if (challenge.Get("opaque") is { } opaque)
        {
            credentials.Set("opaque", opaque);
        }

        if (qop is not null)
        {
            credentials.Set("qop", qop).Set("nc", nc!);
        }

        return credentials;
    }

    private long NextNonceCount(string nonce)
    {
        lock (_gate)
        {
            if (!_nonceCounts.TryGetValue(nonce, out var count) && _nonceCounts.Count >= MaxRememberedNonces)
            {
                // Old nonces are dead once the server re-challenges; forgetting them only restarts nc at 1.
                _nonceCounts.Clear();
            }

            _nonceCounts[nonce] = ++count;
            return count;
        }
    }
}
