using Voice.Grains.Contracts.Tenancy;
using Voice.Runtime;

namespace Voice.Gateway.Rest.Auth;

/// <summary>
/// Finds who a (tenant, username, password) is: an admin user of the tenant (role admin or supervisor), else an agent
/// by login id (role agent). Unknown tenants and users cost one PBKDF2 run like a wrong password, so response time
/// does not tell which user names exist.
/// </summary>
internal sealed class CredentialChecker(IGrainFactory grains)
{
    private static readonly Lazy<PasswordHash> Decoy = new(() => PasswordHasher.Hash("decoy-password-never-matches"));

    /// <summary>The identity (without times), or null when the credentials do not match.</summary>
    public async Task<AccessToken?> CheckAsync(TokenRequest request)
    {
        var config = await grains.GetGrain<ITenantGrain>(request.Tenant).GetConfigAsync().ConfigureAwait(false);
        var admin = config?.Admins.FirstOrDefault(a => string.Equals(a.Name, request.Username, StringComparison.Ordinal));
        if (admin is not null)
        {
            return PasswordHasher.Verify(request.Password, admin.Password)
                ? new AccessToken(request.Tenant, admin.Role == AdminRole.Admin ? RestRoles.Admin : RestRoles.Supervisor, admin.Name, 0, 0)
                : null;
        }

        var agent = config?.Agents.FirstOrDefault(a => string.Equals(a.LoginId, request.Username, StringComparison.Ordinal));
        if (agent is not null)
        {
            return PasswordHasher.Verify(request.Password, agent.Password)
                ? new AccessToken(request.Tenant, RestRoles.Agent, agent.LoginId, 0, 0, agent.AgentId, agent.DefaultDn)
                : null;
        }

        PasswordHasher.Verify(request.Password, Decoy.Value);
        return null;
    }
}
