using System.Text;

namespace Voice.Sip.Message;

/// <summary>
/// One header field as a slice of the message bytes (or of a value set later). The value is already
/// unfolded and trimmed; typed views are parsed from it on demand, so an unread header costs nothing.
/// </summary>
public readonly struct SipHeader
{
    public SipHeader(HeaderKind kind, ReadOnlyMemory<byte> rawName, ReadOnlyMemory<byte> rawValue)
    {
        Kind = kind;
        RawName = rawName;
        RawValue = rawValue;
    }

    public HeaderKind Kind { get; }

    /// <summary>The name as it appeared (may be a compact form).</summary>
    public ReadOnlyMemory<byte> RawName { get; }

    public ReadOnlyMemory<byte> RawValue { get; }

    /// <summary>Canonical name for known headers, the name as written otherwise.</summary>
    public string Name => Kind == HeaderKind.Unknown ? Encoding.ASCII.GetString(RawName.Span) : HeaderNames.CanonicalName(Kind);

    public string Value => Encoding.UTF8.GetString(RawValue.Span);

    public static SipHeader Create(HeaderKind kind, string value) =>
        new(kind, ReadOnlyMemory<byte>.Empty, Encoding.UTF8.GetBytes(value));

    public static SipHeader Create(string name, string value)
    {
        var nameBytes = Encoding.ASCII.GetBytes(name);
        return new SipHeader(HeaderNames.Lookup(nameBytes), nameBytes, Encoding.UTF8.GetBytes(value));
    }

    /// <summary>True when this header has the given name (case-insensitive; compact forms match their long form).</summary>
    public bool HasName(string name)
    {
        var kind = HeaderNames.Lookup(name);
        return kind != HeaderKind.Unknown
            ? kind == Kind
            : Kind == HeaderKind.Unknown && string.Equals(Encoding.ASCII.GetString(RawName.Span), name, StringComparison.OrdinalIgnoreCase);
    }

    public override string ToString() => $"{Name}: {Value}";
}
