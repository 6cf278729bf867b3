namespace Voice.Sip.Auth;

/// <summary>What <see cref="DigestNonceService"/> concluded about a nonce.</summary>
public enum NonceValidity
{
    Valid,

    /// <summary>Genuine but older than the configured lifetime.</summary>
    Expired,

    /// <summary>Not produced by this service for this realm (forged, truncated or garbled).</summary>
    Invalid,
}
