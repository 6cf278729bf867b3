using Voice.Sip.Headers;

namespace Voice.Sip.Auth;

/// <summary>
/// Chooses which challenges a UAC answers. RFC 8760 §2.4: a UAC facing several challenges for one realm uses the
/// topmost one it supports unless local policy says otherwise; our policy prefers the strongest algorithm
/// (SHA-256 over MD5) and falls back to order only between equals, so a downgrade-minded server order cannot win.
/// </summary>
public static class DigestChallengeSelector
{
    /// <summary>One challenge per realm, in the order realms first appear.</summary>
    public static List<AuthHeaderValue> SelectPerRealm(IEnumerable<AuthHeaderValue> challenges)
    {
        var chosen = new List<AuthHeaderValue>();
        foreach (var challenge in challenges)
        {
            if (!IsUsable(challenge, out var algorithm))
            {
                continue;
            }

            var i = chosen.FindIndex(c => string.Equals(c.Realm, challenge.Realm, StringComparison.Ordinal));
            if (i < 0)
            {
                chosen.Add(challenge);
            }
            else if (DigestAlgorithms.TryParse(chosen[i].Algorithm, out var current) && algorithm > current)
            {
                chosen[i] = challenge;
            }
        }

        return chosen;
    }

    /// <summary>True when the challenge's qop-options list contains "auth" (RFC 7616 §3.3: a quoted, comma-separated list).</summary>
    public static bool OffersAuth(AuthHeaderValue challenge)
    {
        var qop = challenge.Get("qop");
        if (qop is null)
        {
            return false;
        }

        foreach (var option in qop.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (string.Equals(option, "auth", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsUsable(AuthHeaderValue challenge, out DigestAlgorithm algorithm)
    {
        algorithm = default;
        return challenge.IsDigest
            && challenge.Realm is not null
            && challenge.Nonce is not null
            && DigestAlgorithms.TryParse(challenge.Algorithm, out algorithm)
            // A qop list without "auth" (auth-int only) cannot be answered; no qop at all is RFC 2069 legacy.
            && (challenge.Get("qop") is null || OffersAuth(challenge));
    }
}
