using System.Text;
using Voice.Sip.Message;
using Voice.Sip.Parsing;

namespace Voice.Sip.Headers;

/// <summary>
/// <c>( name-addr / addr-spec ) *( SEMI param )</c> as used by From, To, Contact, Route, Record-Route,
/// Refer-To, Referred-By and P-Asserted-Identity (RFC 3261 §20, §25.1).
/// </summary>
public sealed class NameAddress
{
    public NameAddress(SipUri uri, string? displayName = null)
    {
        Uri = uri;
        DisplayName = displayName;
    }

    /// <summary>Display name as written (quoted-string keeps its quotes; token list as is), or null.</summary>
    public string? DisplayName { get; set; }

    public SipUri Uri { get; set; }

    public SipParameters Parameters { get; private set; } = new();

    /// <summary>The tag parameter (From/To), or null.</summary>
    public string? Tag
    {
        get => Parameters.Get("tag");
        set
        {
            if (value is null)
            {
                Parameters.Remove("tag");
            }
            else
            {
                Parameters.Set("tag", value);
            }
        }
    }

    public static NameAddress Parse(string text)
    {
        if (!NameAddressParser.TryParse(Encoding.UTF8.GetBytes(text), out var value, out var error))
        {
            throw new FormatException($"Invalid name-addr '{text}': {error}");
        }

        return value;
    }

    public NameAddress Clone() => new(Uri.Clone(), DisplayName) { Parameters = Parameters.Clone() };

    /// <summary>Canonical form: always angle brackets, so URI parameters stay with the URI.</summary>
    public override string ToString()
    {
        var sb = new StringBuilder(96);
        if (DisplayName is not null)
        {
            sb.Append(DisplayName).Append(' ');
        }

        sb.Append('<');
        Uri.AppendTo(sb);
        sb.Append('>');
        Parameters.AppendTo(sb);
        return sb.ToString();
    }

    internal static SipError ErrorFor(HeaderKind kind) => kind switch
    {
        HeaderKind.From => SipError.MalformedFrom,
        HeaderKind.To => SipError.MalformedTo,
        HeaderKind.Contact => SipError.MalformedContact,
        _ => SipError.MalformedNameAddress,
    };
}
