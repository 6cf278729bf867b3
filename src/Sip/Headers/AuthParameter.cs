namespace Voice.Sip.Headers;

/// <summary>
/// One <c>auth-param</c> (RFC 3261 §25.1). <see cref="Value"/> is always the decoded value (quotes removed,
/// quoted-pairs resolved); <see cref="Quoted"/> records whether it travels as a quoted-string.
/// </summary>
public readonly record struct AuthParameter(string Name, string Value, bool Quoted)
{
    public override string ToString() => Quoted ? $"{Name}={Parsing.SipLexer.Quote(Value)}" : $"{Name}={Value}";
}
