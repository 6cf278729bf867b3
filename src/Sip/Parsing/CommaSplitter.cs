namespace Voice.Sip.Parsing;

/// <summary>
/// Splits a header value at top-level commas (RFC 3261 §7.3.1), ignoring commas inside quoted strings
/// and angle brackets. Allocation-free: yields (start, length) ranges of the trimmed elements.
/// </summary>
public ref struct CommaSplitter
{
    private readonly ReadOnlySpan<byte> _span;
    private int _position;

    public CommaSplitter(ReadOnlySpan<byte> span)
    {
        _span = span;
        _position = 0;
        Current = default;
        Malformed = false;
    }

    /// <summary>The current element, trimmed of surrounding whitespace.</summary>
    public ReadOnlySpan<byte> Current { get; private set; }

    /// <summary>Set when an unterminated quoted string or angle bracket was met.</summary>
    public bool Malformed { get; private set; }

    public bool MoveNext()
    {
        if (_position > _span.Length || Malformed)
        {
            return false;
        }

        var rest = _span[_position..];
        var comma = SipLexer.IndexOfUnquoted(rest, (byte)',');
        if (comma == -2)
        {
            Malformed = true;
            return false;
        }

        var element = comma < 0 ? rest : rest[..comma];
        _position = comma < 0 ? _span.Length + 1 : _position + comma + 1;
        Current = SipLexer.Trim(element);
        return true;
    }
}
