namespace Voice.Redis.Protocol;

/// <summary>The wire type of a reply (RESP2 and RESP3 type markers).</summary>
public enum RedisReplyType
{
    /// <summary><c>+</c> simple string.</summary>
    SimpleString,

    /// <summary><c>-</c> simple error or RESP3 <c>!</c> blob error.</summary>
    Error,

    /// <summary><c>:</c> 64-bit signed integer.</summary>
    Integer,

    /// <summary><c>$</c> binary-safe bulk string.</summary>
    BulkString,

    /// <summary><c>*</c> array.</summary>
    Array,

    /// <summary>RESP3 <c>_</c> null, or the RESP2 null bulk string / null array.</summary>
    Null,

    /// <summary>RESP3 <c>%</c> map; elements are stored flattened as key, value, key, value.</summary>
    Map,

    /// <summary>RESP3 <c>~</c> set.</summary>
    Set,

    /// <summary>RESP3 <c>,</c> double.</summary>
    Double,

    /// <summary>RESP3 <c>#</c> boolean.</summary>
    Boolean,

    /// <summary>RESP3 <c>(</c> big number, kept as its decimal text.</summary>
    BigNumber,

    /// <summary>RESP3 <c>=</c> verbatim string with a three-letter format (txt, mkd).</summary>
    VerbatimString,

    /// <summary>RESP3 <c>&gt;</c> out-of-band push (pub/sub messages, client tracking).</summary>
    Push,
}
