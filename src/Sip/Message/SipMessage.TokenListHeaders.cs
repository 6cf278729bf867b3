using Voice.Sip.Parsing;

namespace Voice.Sip.Message;

/// <summary>
/// Token-list headers, gathered across every field of the kind (RFC 3261 §7.3.1: several fields of one
/// name are equivalent to one comma-separated field). Absent headers read as an empty list.
/// </summary>
public abstract partial class SipMessage
{
    /// <summary>Option tags the sender supports (RFC 3261 §20.37); may legitimately be empty.</summary>
    public IReadOnlyList<string> Supported => GetTokenList(HeaderKind.Supported);

    /// <summary>Option tags the receiver must support (RFC 3261 §20.32).</summary>
    public IReadOnlyList<string> Require => GetTokenList(HeaderKind.Require);

    public IReadOnlyList<string> ProxyRequire => GetTokenList(HeaderKind.ProxyRequire);

    /// <summary>Option tags a 420 reports as unsupported (RFC 3261 §20.40).</summary>
    public IReadOnlyList<string> Unsupported => GetTokenList(HeaderKind.Unsupported);

    /// <summary>Methods the sender allows (RFC 3261 §20.5), as written.</summary>
    public IReadOnlyList<string> Allow => GetTokenList(HeaderKind.Allow);

    /// <summary>Event packages the sender accepts (RFC 6665 §8.2.2).</summary>
    public IReadOnlyList<string> AllowEvents => GetTokenList(HeaderKind.AllowEvents);

    /// <summary>
    /// Gathers the tokens of every field of <paramref name="kind"/>. Supported and Allow may be empty
    /// (RFC 3261 §25.1); the other lists need at least one token per field.
    /// </summary>
    public bool TryGetTokenList(HeaderKind kind, out List<string> values, out SipError error)
    {
        values = [];
        error = SipError.None;
        var allowEmpty = kind is HeaderKind.Supported or HeaderKind.Allow;
        foreach (var h in Headers.OfKind(kind))
        {
            if (!TokenListParser.TryParseInto(h.RawValue.Span, values, allowEmpty, out error))
            {
                return false;
            }

            if (kind == HeaderKind.AllowEvents && !values.TrueForAll(v => EventParser.IsEventType(System.Text.Encoding.ASCII.GetBytes(v))))
            {
                error = SipError.MalformedTokenList;
                return false;
            }
        }

        return true;
    }

    private List<string> GetTokenList(HeaderKind kind) =>
        TryGetTokenList(kind, out var values, out var error) ? values : throw new SipParseException(error, kind);
}
