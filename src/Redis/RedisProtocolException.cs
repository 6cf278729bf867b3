using Voice.Redis.Protocol;

namespace Voice.Redis;

/// <summary>The server sent bytes that are not valid RESP or a reply of an unexpected shape.</summary>
public sealed class RedisProtocolException : RedisException
{
    /// <summary>Creates the exception.</summary>
    public RedisProtocolException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public RedisProtocolException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    public RedisProtocolException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception for a parser error.</summary>
    public RedisProtocolException(RespProtocolError error)
        : base($"Invalid RESP from server: {error}")
    {
        Error = error;
    }

    /// <summary>The parser's reason, when the bytes were not valid RESP.</summary>
    public RespProtocolError Error { get; }
}
