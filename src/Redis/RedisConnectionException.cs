namespace Voice.Redis;

/// <summary>
/// The connection to the server was lost, could not be established, or is not available: the command may or
/// may not have been executed by the server (it was in flight) and callers decide whether a retry is safe.
/// </summary>
public sealed class RedisConnectionException : RedisException
{
    /// <summary>Creates the exception.</summary>
    public RedisConnectionException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public RedisConnectionException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    public RedisConnectionException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
