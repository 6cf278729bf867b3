using System.Text;
using Voice.Sip.Parsing;

namespace Voice.Sip.Headers;

/// <summary>
/// A challenge or credentials value: <c>scheme LWS auth-param *(COMMA auth-param)</c> (RFC 3261 §25.1).
/// Parameters keep their order; names compare case-insensitively. Values are stored unquoted and quoted
/// on write where RFC 7616 requires it, so callers never handle quoting themselves.
/// </summary>
public sealed class AuthHeaderValue
{
    // RFC 7616 §3.3/§3.4: these directives are always quoted-strings.
    private static readonly string[] AlwaysQuoted = ["realm", "nonce", "opaque", "cnonce", "uri", "response", "username", "domain"];

    // RFC 7616 §3.3/§3.4: these are tokens (algorithm, nc = 8LHEX, stale = true/false) and must not be quoted.
    private static readonly string[] NeverQuoted = ["algorithm", "nc", "stale"];

    private readonly List<AuthParameter> _parameters = [];

    public AuthHeaderValue(string scheme, AuthHeaderRole role)
    {
        Scheme = scheme;
        Role = role;
    }

    /// <summary>The auth-scheme as written, e.g. "Digest" (compare case-insensitively).</summary>
    public string Scheme { get; }

    public AuthHeaderRole Role { get; }

    public IReadOnlyList<AuthParameter> Parameters => _parameters;

    public bool IsDigest => string.Equals(Scheme, "Digest", StringComparison.OrdinalIgnoreCase);

    public string? Realm => Get("realm");

    public string? Nonce => Get("nonce");

    public string? Algorithm => Get("algorithm");

    /// <summary>The decoded value of a parameter, or null when absent.</summary>
    public string? Get(string name)
    {
        var i = IndexOf(name);
        return i < 0 ? null : _parameters[i].Value;
    }

    public bool Contains(string name) => IndexOf(name) >= 0;

    /// <summary>Sets a parameter (replacing in place, or appending); quoting follows RFC 7616 for known names.</summary>
    public AuthHeaderValue Set(string name, string value)
    {
        var parameter = new AuthParameter(name, value, ShouldQuote(name, value));
        var i = IndexOf(name);
        if (i < 0)
        {
            _parameters.Add(parameter);
        }
        else
        {
            _parameters[i] = parameter with { Name = _parameters[i].Name };
        }

        return this;
    }

    public bool Remove(string name)
    {
        var i = IndexOf(name);
        if (i >= 0)
        {
            _parameters.RemoveAt(i);
        }

        return i >= 0;
    }

    /// <summary>Appends a parameter as parsed; false when the name is already present.</summary>
    internal bool TryAddParsed(string name, string value, bool wasQuoted)
    {
        if (IndexOf(name) >= 0)
        {
            return false;
        }

        var quoted = IsKnown(name) ? ShouldQuote(name, value) : wasQuoted;
        _parameters.Add(new AuthParameter(name, value, quoted));
        return true;
    }

    public int IndexOf(string name)
    {
        for (var i = 0; i < _parameters.Count; i++)
        {
            if (string.Equals(_parameters[i].Name, name, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return -1;
    }

    public override string ToString()
    {
        var sb = new StringBuilder(160).Append(Scheme);
        for (var i = 0; i < _parameters.Count; i++)
        {
            sb.Append(i == 0 ? " " : ", ").Append(_parameters[i].ToString());
        }

        return sb.ToString();
    }

    private bool ShouldQuote(string name, string value)
    {
        if (Contains(AlwaysQuoted, name))
        {
            return true;
        }

        if (Contains(NeverQuoted, name))
        {
            return false;
        }

        if (string.Equals(name, "qop", StringComparison.OrdinalIgnoreCase))
        {
            return Role == AuthHeaderRole.Challenge;
        }

        // Unknown auth-param: a token may go bare, anything else needs a quoted-string.
        return !SipLexer.IsToken(Encoding.UTF8.GetBytes(value));
    }

    private static bool IsKnown(string name) =>
        Contains(AlwaysQuoted, name) || Contains(NeverQuoted, name) || string.Equals(name, "qop", StringComparison.OrdinalIgnoreCase);

    private static bool Contains(string[] names, string name)
    {
        foreach (var n in names)
        {
            if (string.Equals(n, name, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
