namespace Voice.Sip.Auth;

/// <summary>Why a request's digest credentials were accepted or refused.</summary>
public enum DigestVerificationStatus
{
    Ok = 0,

    /// <summary>No Digest credentials at all: answer with a challenge.</summary>
    MissingCredentials,

    /// <summary>Credentials lack a required directive or cannot be parsed.</summary>
    MalformedCredentials,

    UnknownUser,

    /// <summary>Digest credentials are present but none for this server's realm.</summary>
    WrongRealm,

    /// <summary>The response was right but the nonce is too old (or forgotten): re-challenge with stale=true.</summary>
    StaleNonce,

    /// <summary>The nonce was not issued by this server (bad MAC, wrong realm, garbled) or the opaque differs.</summary>
    InvalidNonce,

    BadResponse,

    /// <summary>The nonce count did not increase (qop=auth) or a no-qop nonce was used twice.</summary>
    Replayed,

    UnsupportedAlgorithm,

    UnsupportedQop,

    /// <summary>The uri directive does not match the Request-URI (RFC 7616 §3.4.6).</summary>
    UriMismatch,
}
