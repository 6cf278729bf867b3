namespace Voice.Redis.Protocol;

/// <summary>Why a byte sequence is not valid RESP.</summary>
public enum RespProtocolError
{
    /// <summary>No error.</summary>
    None,

    /// <summary>The first byte of a reply is not a known type marker.</summary>
    UnknownTypeMarker,

    /// <summary>A length or element count is malformed, negative where not allowed, or too large.</summary>
    InvalidLength,

    /// <summary>An integer reply is not a valid signed 64-bit decimal.</summary>
    InvalidInteger,

    /// <summary>A double reply is not a valid number, <c>inf</c>, <c>-inf</c> or <c>nan</c>.</summary>
    InvalidDouble,

    /// <summary>A boolean reply is neither <c>t</c> nor <c>f</c>.</summary>
    InvalidBoolean,

    /// <summary>A bulk payload is not followed by CRLF.</summary>
    MissingTerminator,

    /// <summary>Aggregates are nested deeper than the parser allows.</summary>
    NestingTooDeep,

    /// <summary>A verbatim string lacks its <c>fmt:</c> prefix.</summary>
    InvalidVerbatimFormat,
}
