namespace Voice.Redis.Connection;

/// <summary>
/// Reconnect delays: exponential (base × 2^attempt) up to a cap, spread by random jitter so many clients that
/// lost the same server do not all reconnect in the same instant.
/// </summary>
public static class RedisBackoff
{
    /// <summary>Delay before reconnect attempt <paramref name="attempt"/> (0-based).</summary>
    /// <param name="attempt">Number of failed attempts so far.</param>
    /// <param name="options">Base delay, cap and jitter.</param>
    /// <param name="random">A uniform sample in [0, 1) choosing where in the jitter band the delay falls.</param>
    public static TimeSpan Compute(int attempt, RedisClientOptions options, double random)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfNegative(attempt);
        double baseMs = options.ReconnectBaseDelay.TotalMilliseconds;
        double capMs = options.ReconnectMaxDelay.TotalMilliseconds;
        double exponential = Math.Min(capMs, baseMs * Math.Pow(2, Math.Min(attempt, 30)));
        double spread = 1 - options.ReconnectJitter + (2 * options.ReconnectJitter * Math.Clamp(random, 0, 1));
        return TimeSpan.FromMilliseconds(Math.Min(capMs, exponential * spread));
    }
}
