using System.Globalization;
using System.Text;

namespace Voice.Sip.Headers;

/// <summary>
/// One reason-value of the Reason header (RFC 3326 §2): <c>protocol *(SEMI reason-params)</c>, where
/// the protocol is "SIP", "Q.850" or another token, <c>cause</c> is digits and <c>text</c> a quoted-string.
/// </summary>
public sealed class ReasonHeader
{
    public ReasonHeader(string protocol, int? cause = null, string? text = null)
    {
        Protocol = protocol;
        Parameters = new SipParameters();
        if (cause is { } c)
        {
            Parameters.Set("cause", c.ToString(CultureInfo.InvariantCulture));
        }

        if (text is not null)
        {
            Parameters.Set("text", Parsing.SipLexer.Quote(text));
        }
    }

    internal ReasonHeader(string protocol, SipParameters parameters)
    {
        Protocol = protocol;
        Parameters = parameters;
    }

    /// <summary>The protocol token as written ("SIP", "Q.850"…).</summary>
    public string Protocol { get; }

    /// <summary>All reason-params, values as written (the text keeps its quotes).</summary>
    public SipParameters Parameters { get; }

    public bool IsSip => string.Equals(Protocol, "SIP", StringComparison.OrdinalIgnoreCase);

    public bool IsQ850 => string.Equals(Protocol, "Q.850", StringComparison.OrdinalIgnoreCase);

    /// <summary>The cause code (a SIP status code or a Q.850 cause value), or null.</summary>
    public int? Cause => int.TryParse(Parameters.Get("cause"), NumberStyles.None, CultureInfo.InvariantCulture, out var c) ? c : null;

    /// <summary>The reason text, unquoted, or null.</summary>
    public string? Text => Parameters.GetUnquoted("text");

    public override string ToString()
    {
        var sb = new StringBuilder(48).Append(Protocol);
        Parameters.AppendTo(sb);
        return sb.ToString();
    }
}
