using System.Text;

namespace Voice.Sip.Headers;

/// <summary>
/// Replaces (RFC 3891 §6.1): <c>callid *(SEMI replaces-param)</c> naming the dialog to replace by its
/// Call-ID, to-tag and from-tag (both tags required), optionally <c>;early-only</c>.
/// </summary>
public sealed class ReplacesHeader
{
    public ReplacesHeader(string callId, string toTag, string fromTag, bool earlyOnly = false)
    {
        CallId = callId;
        Parameters = new SipParameters();
        Parameters.Set("to-tag", toTag);
        Parameters.Set("from-tag", fromTag);
        if (earlyOnly)
        {
            Parameters.Set("early-only", null);
        }
    }

    internal ReplacesHeader(string callId, SipParameters parameters)
    {
        CallId = callId;
        Parameters = parameters;
    }

    public string CallId { get; }

    /// <summary>The to-tag of the dialog to replace (the tag the replaced dialog's remote side chose).</summary>
    public string ToTag => Parameters.Get("to-tag") ?? string.Empty;

    public string FromTag => Parameters.Get("from-tag") ?? string.Empty;

    /// <summary>RFC 3891 §3: only replace a dialog that is still early.</summary>
    public bool EarlyOnly => Parameters.Contains("early-only");

    public SipParameters Parameters { get; }

    public override string ToString()
    {
        var sb = new StringBuilder(64).Append(CallId);
        Parameters.AppendTo(sb);
        return sb.ToString();
    }
}
