namespace Voice.Grains.Contracts.Registrar;

/// <summary>How the Device grain answered a registration.</summary>
public enum RegisterOutcome
{
    /// <summary>Applied; the result carries every current binding (200, RFC 3261 §10.3 step 8).</summary>
    Ok = 0,

    /// <summary>A non-zero interval below the minimum (423 with Min-Expires, RFC 3261 §10.3 step 7). Nothing changed.</summary>
    IntervalTooBrief,

    /// <summary>
    /// Same Call-ID as a stored binding with a CSeq not higher than the stored one: an old or reordered request
    /// (RFC 3261 §10.3 steps 6-7; the request fails, the gateway answers 500). Nothing changed.
    /// </summary>
    OutOfOrder,
}
