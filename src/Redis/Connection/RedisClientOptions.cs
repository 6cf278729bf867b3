namespace Voice.Redis.Connection;

/// <summary>Settings of a Redis connection; call <see cref="Validate"/> (connections do) before use.</summary>
public sealed partial record RedisClientOptions
{
    /// <summary>Server as <c>host:port</c> (IPv6 literals in brackets: <c>[::1]:6379</c>).</summary>
    public string EndPoint { get; init; } = "127.0.0.1:6379";

    /// <summary>Time allowed for TCP connect plus the HELLO/AUTH/SELECT handshake.</summary>
    public TimeSpan ConnectTimeout { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Default time a command may wait for its reply before <see cref="RedisTimeoutException"/>.</summary>
    public TimeSpan CommandTimeout { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Protocol to negotiate; RESP3 falls back to RESP2 when the server refuses HELLO 3.</summary>
    public RedisProtocolVersion Protocol { get; init; } = RedisProtocolVersion.Resp3;

    /// <summary>ACL user name; null uses the <c>default</c> user.</summary>
    public string? User { get; init; }

    /// <summary>Password; null sends no AUTH.</summary>
    public string? Password { get; init; }

    /// <summary>Database selected after connecting (SELECT is skipped for 0).</summary>
    public int Database { get; init; }

    /// <summary>Name shown by CLIENT LIST; null sends none.</summary>
    public string? ClientName { get; init; }

    /// <summary>Delay before the first reconnect attempt; doubles per failed attempt.</summary>
    public TimeSpan ReconnectBaseDelay { get; init; } = TimeSpan.FromMilliseconds(100);

    /// <summary>Upper bound of the reconnect delay.</summary>
    public TimeSpan ReconnectMaxDelay { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Random spread applied to each reconnect delay, as a fraction (0.2 = ±20%).</summary>
    public double ReconnectJitter { get; init; } = 0.2;

    /// <summary>
    /// True: a command issued while disconnected waits up to <see cref="DisconnectedWaitTimeout"/> for the
    /// reconnect. False: it fails at once with <see cref="RedisConnectionException"/>.
    /// </summary>
    public bool WaitWhileDisconnected { get; init; } = true;

    /// <summary>Bound of the wait described by <see cref="WaitWhileDisconnected"/>.</summary>
    public TimeSpan DisconnectedWaitTimeout { get; init; } = TimeSpan.FromSeconds(5);
}
