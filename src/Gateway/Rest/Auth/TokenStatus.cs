namespace Voice.Gateway.Rest.Auth;

/// <summary>The outcome of checking a bearer token.</summary>
internal enum TokenStatus
{
    Valid,
    Malformed,
    BadSignature,
    Expired,
}
