namespace Voice.Redis.Protocol;

/// <summary>Outcome of one attempt to parse a reply from buffered bytes.</summary>
public enum RespParseStatus
{
    /// <summary>A whole reply was parsed.</summary>
    Complete,

    /// <summary>The buffer holds only a prefix of a reply; read more bytes and try again.</summary>
    NeedMoreData,

    /// <summary>The bytes are not valid RESP; the connection cannot be trusted any more.</summary>
    Invalid,
}
