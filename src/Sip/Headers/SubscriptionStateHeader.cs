using System.Globalization;
using System.Text;

namespace Voice.Sip.Headers;

/// <summary>
/// Subscription-State (RFC 6665 §8.2.3): <c>substate-value *(SEMI subexp-params)</c> with the
/// <c>reason</c>, <c>expires</c> and <c>retry-after</c> parameters (the latter two delta-seconds).
/// </summary>
public sealed class SubscriptionStateHeader
{
    internal SubscriptionStateHeader(string stateToken, SipParameters parameters)
    {
        StateToken = stateToken;
        Parameters = parameters;
    }

    /// <summary>The substate-value as written.</summary>
    public string StateToken { get; }

    public SubscriptionStateValue State => StateToken.ToLowerInvariant() switch
    {
        "active" => SubscriptionStateValue.Active,
        "pending" => SubscriptionStateValue.Pending,
        "terminated" => SubscriptionStateValue.Terminated,
        _ => SubscriptionStateValue.Extension,
    };

    /// <summary>Seconds the subscription has left (active/pending), or null.</summary>
    public int? Expires => DeltaSeconds("expires");

    /// <summary>The event-reason-value ("deactivated", "timeout", "rejected"…), or null.</summary>
    public string? Reason => Parameters.Get("reason");

    /// <summary>Seconds to wait before re-subscribing, or null.</summary>
    public int? RetryAfter => DeltaSeconds("retry-after");

    public SipParameters Parameters { get; }

    public override string ToString()
    {
        var sb = new StringBuilder(40).Append(StateToken);
        Parameters.AppendTo(sb);
        return sb.ToString();
    }

    private int? DeltaSeconds(string name) =>
        int.TryParse(Parameters.Get(name), NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : null;
}
