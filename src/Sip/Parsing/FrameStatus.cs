namespace Voice.Sip.Parsing;

public enum FrameStatus
{
    /// <summary>A whole message of the reported length is in the buffer.</summary>
    Complete,

    /// <summary>Not enough bytes yet.</summary>
    NeedMoreData,

    /// <summary>RFC 5626 §3.5.1 keep-alive: a double CRLF "ping" to answer with a single CRLF "pong".</summary>
    KeepAlivePing,

    /// <summary>A single CRLF ("pong" or stray line break) to discard.</summary>
    KeepAlivePong,

    /// <summary>The stream cannot be framed (no Content-Length, oversize); the connection must be closed.</summary>
    Invalid,
}
