using Voice.Grains.Contracts.Tenancy;

namespace Voice.Gateway.Rest;

/// <summary>How the REST gateway (<c>/api/v1</c>, docs/rest.md) issues tokens, throttles logins and hashes passwords.</summary>
public sealed class RestGatewayOptions
{
    /// <summary>
    /// The key bearer tokens are signed with (HMAC-SHA256). Every node of a cluster needs the same key so a token from
    /// one node is accepted by all; null means a random key per process (a single node, tokens die with it).
    /// </summary>
    public string? SigningKey { get; set; }

    /// <summary>How long an access token is valid.</summary>
    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Failed logins of one (tenant, username) within <see cref="FailureWindow"/> before it answers 429.</summary>
    public int MaxFailuresPerUser { get; set; } = 5;

    /// <summary>
    /// Failed logins from one client address within <see cref="FailureWindow"/> before it answers 429; higher than per
    /// user because several desktops may share an address behind NAT.
    /// </summary>
    public int MaxFailuresPerClient { get; set; } = 20;

    /// <summary>The window failures are counted in; also how long a throttled login waits at most.</summary>
    public TimeSpan FailureWindow { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>PBKDF2 iterations for clear-text passwords sent in a configuration (tests lower it).</summary>
    public int PasswordIterations { get; set; } = PasswordHasher.DefaultIterations;

    /// <summary>How often an idle event stream gets a keep-alive, so proxies do not close it.</summary>
    public TimeSpan EventKeepAlive { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>Largest request body accepted (a whole tenant configuration).</summary>
    public long MaxBodyBytes { get; set; } = 1024 * 1024;
}
