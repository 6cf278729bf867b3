using System.Text;

namespace Voice.Sip.Headers;

/// <summary>
/// Event (RFC 6665 §8.2.1): <c>event-type *(SEMI event-param)</c>; event-type is a package name followed
/// by dot-separated templates (e.g. "presence.winfo"), and <c>;id=</c> distinguishes subscriptions.
/// </summary>
public sealed class EventHeader
{
    public EventHeader(string eventType, string? id = null)
    {
        EventType = eventType;
        Parameters = new SipParameters();
        if (id is not null)
        {
            Parameters.Set("id", id);
        }
    }

    internal EventHeader(string eventType, SipParameters parameters)
    {
        EventType = eventType;
        Parameters = parameters;
    }

    /// <summary>The full event type as written, templates included ("presence.winfo").</summary>
    public string EventType { get; }

    /// <summary>The event package: the event type up to the first '.'.</summary>
    public string Package
    {
        get
        {
            var dot = EventType.IndexOf('.', StringComparison.Ordinal);
            return dot < 0 ? EventType : EventType[..dot];
        }
    }

    /// <summary>The event templates after the package, in order (empty when none).</summary>
    public IReadOnlyList<string> Templates
    {
        get
        {
            var parts = EventType.Split('.');
            return parts.Length == 1 ? [] : parts[1..];
        }
    }

    /// <summary>The id parameter, or null.</summary>
    public string? Id => Parameters.Get("id");

    public SipParameters Parameters { get; }

    public override string ToString()
    {
        var sb = new StringBuilder(32).Append(EventType);
        Parameters.AppendTo(sb);
        return sb.ToString();
    }
}
