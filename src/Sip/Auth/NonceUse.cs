namespace Voice.Sip.Auth;

/// <summary>What <see cref="NonceCountTracker"/> decided about one use of a nonce.</summary>
public enum NonceUse
{
    Accepted,

    /// <summary>The nonce count did not go up: a replay (or a single-use nonce used again).</summary>
    Replayed,

    /// <summary>The nonce was evicted from memory, so a replay cannot be ruled out; treat it as stale.</summary>
    Forgotten,
}
