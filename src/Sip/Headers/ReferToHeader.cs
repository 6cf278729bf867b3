namespace Voice.Sip.Headers;

/// <summary>
/// Refer-To (RFC 3515 §2.1): the target to refer to, as a name-addr with header parameters. When the
/// target URI carries a <c>?Replaces=</c> URI header (RFC 3891 §5, attended transfer), it is exposed
/// unescaped and parsed in <see cref="Replaces"/>.
/// </summary>
public sealed class ReferToHeader
{
    public ReferToHeader(NameAddress address, ReplacesHeader? replaces = null)
    {
        Address = address;
        Replaces = replaces;
    }

    public NameAddress Address { get; }

    public SipUri Uri => Address.Uri;

    /// <summary>The Replaces carried in the target URI's headers, unescaped, or null.</summary>
    public ReplacesHeader? Replaces { get; }

    public override string ToString() => Address.ToString();
}
