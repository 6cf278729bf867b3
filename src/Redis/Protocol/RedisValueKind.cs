namespace Voice.Redis.Protocol;

/// <summary>What a <see cref="RedisValue"/> holds.</summary>
public enum RedisValueKind
{
    /// <summary>No value (missing key, null reply).</summary>
    Null,

    /// <summary>A .NET string, sent as UTF-8.</summary>
    String,

    /// <summary>Raw bytes.</summary>
    Bytes,

    /// <summary>A signed 64-bit integer, sent as its decimal text.</summary>
    Integer,

    /// <summary>A double, sent as its shortest round-trip text (or <c>inf</c> / <c>-inf</c>).</summary>
    Double,
}
