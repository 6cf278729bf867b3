using Voice.Sip.Headers;
using Voice.Sip.Parsing;

namespace Voice.Sip.Message;

/// <summary>
/// Typed views of the authentication headers (RFC 3261 §20.7, §20.27, §20.28, §20.44). Each may appear
/// several times (one per realm or per algorithm, RFC 8760 §2.3), so every accessor returns a list in order.
/// </summary>
public abstract partial class SipMessage
{
    public IReadOnlyList<AuthHeaderValue> WwwAuthenticates => GetAuthHeaders(HeaderKind.WwwAuthenticate);

    public IReadOnlyList<AuthHeaderValue> Authorizations => GetAuthHeaders(HeaderKind.Authorization);

    public IReadOnlyList<AuthHeaderValue> ProxyAuthenticates => GetAuthHeaders(HeaderKind.ProxyAuthenticate);

    public IReadOnlyList<AuthHeaderValue> ProxyAuthorizations => GetAuthHeaders(HeaderKind.ProxyAuthorization);

    /// <summary>The role a header kind plays, or null when the kind is not an authentication header.</summary>
    public static AuthHeaderRole? AuthRoleOf(HeaderKind kind) => kind switch
    {
        HeaderKind.WwwAuthenticate or HeaderKind.ProxyAuthenticate => AuthHeaderRole.Challenge,
        HeaderKind.Authorization or HeaderKind.ProxyAuthorization => AuthHeaderRole.Credentials,
        _ => null,
    };

    /// <summary>Parses every field of one authentication header kind, in order; empty when there is none.</summary>
    public bool TryGetAuthHeaders(HeaderKind kind, out List<AuthHeaderValue> values, out SipError error)
    {
        values = [];
        error = SipError.None;
        var role = AuthRoleOf(kind) ?? throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not an authentication header.");
        foreach (var h in Headers.OfKind(kind))
        {
            if (!AuthHeaderParser.TryParse(h.RawValue.Span, role, out var value, out error))
            {
                values.Clear();
                return false;
            }

            values.Add(value);
        }

        return true;
    }

    /// <summary>Appends an authentication header field after any of the same kind (RFC 8760 §2.3: order is preference).</summary>
    public void AddAuthHeader(HeaderKind kind, AuthHeaderValue value)
    {
        _ = AuthRoleOf(kind) ?? throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not an authentication header.");
        Headers.Add(kind, value.ToString());
    }

    private List<AuthHeaderValue> GetAuthHeaders(HeaderKind kind) =>
        TryGetAuthHeaders(kind, out var values, out var error) ? values : throw new SipParseException(error, kind);
}
