namespace Voice.Sip.Message;

/// <summary>
/// Thrown by typed header accessors when a header that was not validated on receipt is malformed.
/// Receive loops validate first (see <see cref="Parsing.SipMessageValidator"/>) so the headers they rely on never throw.
/// </summary>
public sealed class SipParseException : Exception
{
    public SipParseException(SipError error, HeaderKind header)
        : base($"{HeaderNames.CanonicalName(header)} header is malformed: {error} ({SipErrorTable.ReasonOf(error)})")
    {
        Error = error;
        Header = header;
    }

    public SipParseException()
    {
    }

    public SipParseException(string message)
        : base(message)
    {
    }

    public SipParseException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public SipError Error { get; }

    public HeaderKind Header { get; }
}
