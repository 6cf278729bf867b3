namespace Voice.Sip.Transaction;

/// <summary>
/// Transaction timer values (RFC 3261 §17 and Table 4, RFC 6026 §8.4 / §8.7 for timers L and M).
/// Only T1, T2, T4 and the automatic-100 delay are tunable; every other timer derives from them.
/// </summary>
public sealed record SipTransactionOptions
{
    /// <summary>RTT estimate (RFC 3261 §17.1.1.1, default 500 ms).</summary>
    public TimeSpan T1 { get; init; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Maximum retransmit interval for non-INVITE requests and INVITE responses (default 4 s).</summary>
    public TimeSpan T2 { get; init; } = TimeSpan.FromSeconds(4);

    /// <summary>Maximum duration a message stays in the network (default 5 s).</summary>
    public TimeSpan T4 { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>RFC 3261 §17.2.1: send 100 Trying when the TU has not answered an INVITE within 200 ms.</summary>
    public TimeSpan TryingDelay { get; init; } = TimeSpan.FromMilliseconds(200);

    /// <summary>Timer B: INVITE transaction timeout, 64*T1.</summary>
    public TimeSpan TimerB => 64 * T1;

    /// <summary>Timer F: non-INVITE transaction timeout, 64*T1.</summary>
    public TimeSpan TimerF => 64 * T1;

    /// <summary>Timer H: wait time for ACK receipt, 64*T1.</summary>
    public TimeSpan TimerH => 64 * T1;

    /// <summary>RFC 6026 §8.7 timer L: wait time for accepted INVITE request retransmits, 64*T1.</summary>
    public TimeSpan TimerL => 64 * T1;

    /// <summary>RFC 6026 §8.4 timer M: wait time for retransmission of 2xx to INVITE, 64*T1.</summary>
    public TimeSpan TimerM => 64 * T1;

    /// <summary>Timer D: wait time for response retransmits, at least 32 s on UDP, 0 on reliable transports.</summary>
    public TimeSpan TimerD(bool reliable) => reliable ? TimeSpan.Zero : TimeSpan.FromSeconds(32);

    /// <summary>Timer I: wait time for ACK retransmits, T4 on UDP, 0 on reliable transports.</summary>
    public TimeSpan TimerI(bool reliable) => reliable ? TimeSpan.Zero : T4;

    /// <summary>Timer J: wait time for non-INVITE request retransmits, 64*T1 on UDP, 0 on reliable transports.</summary>
    public TimeSpan TimerJ(bool reliable) => reliable ? TimeSpan.Zero : 64 * T1;

    /// <summary>Timer K: wait time for response retransmits, T4 on UDP, 0 on reliable transports.</summary>
    public TimeSpan TimerK(bool reliable) => reliable ? TimeSpan.Zero : T4;

    /// <summary>Checks the values are usable; returns false with the reason when they are not.</summary>
    public bool TryValidate(out string? problem)
    {
        problem = T1 <= TimeSpan.Zero ? "T1 must be positive"
            : T2 < T1 ? "T2 must not be shorter than T1"
            : T4 <= TimeSpan.Zero ? "T4 must be positive"
            : TryingDelay < TimeSpan.Zero ? "TryingDelay must not be negative"
            : null;
        return problem is null;
    }

    /// <summary>Throws <see cref="ArgumentException"/> when <see cref="TryValidate"/> fails.</summary>
    public void Validate()
    {
        if (!TryValidate(out var problem))
        {
            throw new ArgumentException(problem, nameof(SipTransactionOptions));
        }
    }
}
