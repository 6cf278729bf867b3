using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace Voice.Gateway.Rest.Auth;

/// <summary>
/// Counts failed logins per (tenant, username) and per client address in a fixed window; once a key reaches its limit
/// it is refused until the window ends (429 + Retry-After), without checking the password, so guessing is slow and
/// costs the node nothing. Per node: a cluster multiplies the budget by its node count, an accepted trade-off for
/// not putting a Redis round trip on every login.
/// </summary>
internal sealed class LoginThrottle(IOptions<RestGatewayOptions> options, TimeProvider time)
{
    private readonly ConcurrentDictionary<string, LoginFailureCount> _failures = new(StringComparer.Ordinal);

    /// <summary>How long the caller must wait, or null when it may try.</summary>
    public TimeSpan? RetryAfter(string tenant, string username, string client)
    {
        var now = time.GetUtcNow();
        var user = Blocked(UserKey(tenant, username), options.Value.MaxFailuresPerUser, now);
        var address = Blocked(ClientKey(client), options.Value.MaxFailuresPerClient, now);
        if (user is null || address is null)
        {
            return user ?? address;
        }

        return user > address ? user : address;
    }

    public void RecordFailure(string tenant, string username, string client)
    {
        var now = time.GetUtcNow();
        Count(UserKey(tenant, username), now);
        Count(ClientKey(client), now);
        Prune(now);
    }

    /// <summary>A good password clears the user's count (not the address's: one valid account must not unlock guessing).</summary>
    public void RecordSuccess(string tenant, string username) => _failures.TryRemove(UserKey(tenant, username), out _);

    private TimeSpan? Blocked(string key, int limit, DateTimeOffset now)
    {
        if (!_failures.TryGetValue(key, out var count))
        {
            return null;
        }

        var windowEnd = count.WindowStart + options.Value.FailureWindow;
        return count.Failures >= limit && now < windowEnd ? windowEnd - now : null;
    }

    private void Count(string key, DateTimeOffset now) =>
        _failures.AddOrUpdate(
            key,
            _ => new LoginFailureCount(now, 1),
            (_, current) => now >= current.WindowStart + options.Value.FailureWindow ? new LoginFailureCount(now, 1) : current with { Failures = current.Failures + 1 });

    /// <summary>Old windows are dropped so a stream of random user names cannot grow the table without bound.</summary>
    private void Prune(DateTimeOffset now)
    {
        if (_failures.Count < 10_000)
        {
            return;
        }

        foreach (var (key, count) in _failures)
        {
            if (now >= count.WindowStart + options.Value.FailureWindow)
            {
                _failures.TryRemove(key, out _);
            }
        }
    }

    private static string UserKey(string tenant, string username) => $"user\n{tenant}\n{username}";

    private static string ClientKey(string client) => $"client\n{client}";
}
