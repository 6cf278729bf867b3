namespace Voice.Redis;

/// <summary>A command got no reply within its timeout. The message names the command, e.g. "GET timed out after 5000 ms".</summary>
public sealed class RedisTimeoutException : RedisException
{
    /// <summary>Creates the exception.</summary>
    public RedisTimeoutException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public RedisTimeoutException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    public RedisTimeoutException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception for <paramref name="command"/> after <paramref name="timeout"/>.</summary>
    public RedisTimeoutException(string command, TimeSpan timeout)
        : base($"{command} timed out after {(long)timeout.TotalMilliseconds} ms")
    {
        Command = command;
        Timeout = timeout;
    }

    /// <summary>The command that timed out.</summary>
    public string? Command { get; }

    /// <summary>The timeout that elapsed.</summary>
    public TimeSpan Timeout { get; }
}
