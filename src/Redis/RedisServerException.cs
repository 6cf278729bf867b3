namespace Voice.Redis;

/// <summary>The server answered a command with an error reply (<c>-PREFIX message</c>).</summary>
public sealed class RedisServerException : RedisException
{
    /// <summary>Creates the exception.</summary>
    public RedisServerException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public RedisServerException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    public RedisServerException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception for <paramref name="command"/> from the server's error text.</summary>
    public RedisServerException(string command, string prefix, string serverMessage)
        : base($"{command} failed: {serverMessage}")
    {
        Command = command;
        Prefix = prefix;
        ServerMessage = serverMessage;
    }

    /// <summary>The command the server refused.</summary>
    public string? Command { get; }

    /// <summary>The error's first word, e.g. <c>ERR</c>, <c>WRONGTYPE</c>, <c>NOSCRIPT</c>, <c>BUSYGROUP</c>.</summary>
    public string? Prefix { get; }

    /// <summary>The full error text sent by the server.</summary>
    public string? ServerMessage { get; }
}
