namespace Voice.Redis.Connection;

/// <summary>Which RESP version the client asks for.</summary>
public enum RedisProtocolVersion
{
    /// <summary>RESP2: no HELLO is sent; AUTH and CLIENT SETNAME are sent separately.</summary>
    Resp2 = 2,

    /// <summary>RESP3 via <c>HELLO 3</c>, falling back to RESP2 when the server refuses HELLO.</summary>
    Resp3 = 3,
}
