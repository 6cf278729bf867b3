namespace Voice.Sip.Headers;

/// <summary>
/// Whether an auth header value is a challenge (WWW-Authenticate, Proxy-Authenticate) or credentials
/// (Authorization, Proxy-Authorization). The role decides how <c>qop</c> is written: RFC 7616 §3.3 quotes
/// the qop-options list of a challenge, §3.4 leaves the single qop of a response unquoted.
/// </summary>
public enum AuthHeaderRole
{
    Challenge,
    Credentials,
}
