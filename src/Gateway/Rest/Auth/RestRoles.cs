namespace Voice.Gateway.Rest.Auth;

/// <summary>The roles a token carries: tenant administrators and supervisors (from the tenant's admins) and agents.</summary>
internal static class RestRoles
{
    public const string Admin = "admin";
    public const string Supervisor = "supervisor";
    public const string Agent = "agent";
}
