using System.Text;
using Voice.Sip.Message;
using Voice.Sip.Parsing;

namespace Voice.Sip.Headers;

/// <summary>
/// A sip:, sips: or tel: URI (RFC 3261 §19.1, RFC 3966), or any other absolute URI kept verbatim
/// in <see cref="Opaque"/>. Components are stored as written (escapes included) so serialization
/// reproduces them; <see cref="EquivalentTo"/> applies the comparison rules of RFC 3261 §19.1.4.
/// </summary>
public sealed class SipUri
{
    public SipUri(string scheme, string host)
    {
        Scheme = scheme.ToLowerInvariant();
        Host = host;
    }

    /// <summary>Lower-cased scheme: "sip", "sips", "tel" or another absolute-URI scheme.</summary>
    public string Scheme { get; }

    /// <summary>User part as written, escapes included (sip/sips only).</summary>
    public string? User { get; set; }

    public string? Password { get; set; }

    /// <summary>Host as written; IPv6 references keep their brackets. For tel: the subscriber number.</summary>
    public string Host { get; set; }

    public int? Port { get; set; }

    public SipParameters Parameters { get; private set; } = new();

    /// <summary>Raw URI headers after '?', without the '?'.</summary>
    public string? Headers { get; set; }

    /// <summary>For schemes other than sip/sips/tel: everything after "scheme:".</summary>
    public string? Opaque { get; init; }

    public bool IsSip => Scheme is "sip" or "sips";

    public bool IsTel => Scheme == "tel";

    public bool IsSecure => Scheme == "sips";

    /// <summary>The transport parameter, lower-cased, or null.</summary>
    public string? Transport => Parameters.Get("transport")?.ToLowerInvariant();

    public bool IsIPv6Host => Host.Length > 0 && Host[0] == '[';

    /// <summary>Host without IPv6 brackets, for address resolution.</summary>
    public string HostWithoutBrackets => IsIPv6Host ? Host[1..^1] : Host;

    public static SipUri Parse(string text)
    {
        if (!SipUriParser.TryParse(Encoding.UTF8.GetBytes(text), out var uri, out var error))
        {
            throw new FormatException($"Invalid URI '{text}': {error}");
        }

        return uri;
    }

    public static bool TryParse(string text, out SipUri uri) =>
        SipUriParser.TryParse(Encoding.UTF8.GetBytes(text), out uri, out _);

    public SipUri Clone() => new(Scheme, Host)
    {
        User = User,
        Password = Password,
        Port = Port,
        Parameters = Parameters.Clone(),
        Headers = Headers,
        Opaque = Opaque,
    };

    public override string ToString()
    {
        var sb = new StringBuilder(64);
        AppendTo(sb);
        return sb.ToString();
    }

    public void AppendTo(StringBuilder sb)
    {
        sb.Append(Scheme).Append(':');
        if (Opaque is not null)
        {
            sb.Append(Opaque);
            return;
        }

        if (User is not null)
        {
            sb.Append(User);
            if (Password is not null)
            {
                sb.Append(':').Append(Password);
            }

            sb.Append('@');
        }

        sb.Append(Host);
        if (Port is { } port)
        {
            sb.Append(':').Append(port);
        }

        Parameters.AppendTo(sb);
        if (Headers is not null)
        {
            sb.Append('?').Append(Headers);
        }
    }

    /// <summary>
    /// RFC 3261 §19.1.4: user and password compare case-sensitively after unescaping, host and scheme
    /// case-insensitively; user, ttl, method and maddr parameters (and transport) must match when either
    /// side has them; other parameters only when both sides have them.
    /// </summary>
    public bool EquivalentTo(SipUri other)
    {
        if (Scheme != other.Scheme)
        {
            return false;
        }

        if (Opaque is not null || other.Opaque is not null)
        {
            return string.Equals(Opaque, other.Opaque, StringComparison.Ordinal);
        }

        if (!string.Equals(Unescaped(User), Unescaped(other.User), StringComparison.Ordinal)
            || !string.Equals(Unescaped(Password), Unescaped(other.Password), StringComparison.Ordinal)
            || !string.Equals(Unescaped(Host), Unescaped(other.Host), StringComparison.OrdinalIgnoreCase)
            || Port != other.Port)
        {
            return false;
        }

        foreach (var name in (string[])["user", "ttl", "method", "maddr", "transport"])
        {
            if (!string.Equals(Parameters.Get(name), other.Parameters.Get(name), StringComparison.OrdinalIgnoreCase)
                || Parameters.Contains(name) != other.Parameters.Contains(name))
            {
                return false;
            }
        }

        foreach (var p in Parameters)
        {
            var j = other.Parameters.IndexOf(p.Name);
            if (j >= 0 && !string.Equals(Unescaped(p.Value), Unescaped(other.Parameters[j].Value), StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        return string.Equals(Headers, other.Headers, StringComparison.Ordinal);
    }

    private static string? Unescaped(string? s) => s is null ? null : SipLexer.Unescape(s);
}
