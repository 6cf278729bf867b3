namespace Voice.Gateway.Rest.Auth;

/// <summary>Body of <c>POST /api/v1/auth/token</c>: an admin user name or an agent's login id, and its password.</summary>
public sealed record TokenRequest(string Tenant, string Username, string Password)
{
    public override string ToString() => $"TokenRequest({Tenant}, {Username}, password redacted)";
}
