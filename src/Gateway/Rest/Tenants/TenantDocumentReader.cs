using Voice.Gateway.Rest.Problems;
using Voice.Grains.Contracts.Tenancy;

namespace Voice.Gateway.Rest.Tenants;

/// <summary>
/// JSON documents → configuration, with the YAML loader's conventions: clear-text passwords are hashed here (PBKDF2 for
/// agents and admins, digest HA1 for extensions) so no password goes further; a hash may be sent instead; an item with
/// neither keeps the secret it has in <paramref name="current"/>. Problems are collected in <see cref="Errors"/> with
/// the path the validator would use, the rest is checked by the tenant grain.
/// </summary>
internal sealed class TenantDocumentReader(TenantConfig? current, int passwordIterations)
{
    public List<ValidationErrorItem> Errors { get; } = [];

    public TenantConfig Read(TenantDocument document, string tenantId)
    {
        if (document.TenantId is not null && !string.Equals(document.TenantId, tenantId, StringComparison.Ordinal))
        {
            Errors.Add(new ValidationErrorItem("tenantId", nameof(ConfigErrorCode.TenantIdMismatch), $"the document is for tenant '{document.TenantId}' but was sent to tenant '{tenantId}'"));
        }

        var dns = document.Dns ?? [];
        var agents = document.Agents ?? [];
        var rules = document.DialPlan ?? [];
        var admins = document.Admins ?? [];
        return new TenantConfig(
            tenantId,
            document.SipDomain,
            [.. dns.Select((dn, i) => ReadDn(dn, $"dns[{i}]", document.SipDomain))],
            [.. agents.Select((agent, i) => ReadAgent(agent, $"agents[{i}]"))],
            [.. (document.Trunks ?? []).Select(t => new TrunkConfig(t.Name, t.SourceAcl, t.AllowedPatterns ?? [], t.Target))],
            [.. rules.Select((rule, i) => ReadRule(rule, $"dialPlan[{i}]", i))],
            [.. admins.Select((admin, i) => ReadAdmin(admin, $"admins[{i}]"))],
            AfterCallWorkSec: document.AfterCallWorkSec);
    }

    public DnConfig ReadDn(DnDocument dn, string path, string realm)
    {
        var number = Require(dn.Number, path + ".number");
        var type = DnTypes.Parse(dn.Type);
        if (type is null)
        {
            Errors.Add(new ValidationErrorItem(path + ".type", "InvalidDnType", $"'{dn.Type}' is not one of: {DnTypes.Extension}, {DnTypes.RoutePoint}, {DnTypes.VirtualQueue}"));
        }

        if (dn.Password is not null && dn.Digest is not null)
        {
            Errors.Add(new ValidationErrorItem(path + ".password", "AmbiguousSecret", "send either password or digest, not both"));
        }

        var digest = dn.Password is not null
            ? DigestSecret.Compute(number, realm, dn.Password)
            : dn.Digest ?? current?.Dns.FirstOrDefault(d => d.Number == number && d.Digest?.Realm == realm)?.Digest;
        return new DnConfig(number, type ?? DnType.Extension, type == DnType.Extension ? digest : null, dn.DefaultTarget, dn.QueueId, dn.Selection, dn.RingTimeoutSec, dn.NotReadyOnNoAnswer, dn.Strategy);
    }

    public AgentConfig ReadAgent(AgentDocument agent, string path)
    {
        var agentId = Require(agent.AgentId, path + ".agentId");
        var kept = current?.Agents.FirstOrDefault(a => a.AgentId == agentId)?.Password;
        var password = Secret(agent.Password, agent.PasswordHash, kept, path);
        var skills = (agent.Skills ?? new Dictionary<string, int>()).Select(s => new AgentSkill(s.Key, s.Value)).ToList();
        return new AgentConfig(agentId, agent.LoginId ?? agentId, password, skills, agent.DefaultDn);
    }

    private AdminUser ReadAdmin(AdminDocument admin, string path)
    {
        AdminRole? role = admin.Role?.ToLowerInvariant() switch
        {
            null or "admin" => AdminRole.Admin,
            "supervisor" => AdminRole.Supervisor,
            _ => null,
        };
        if (role is null)
        {
            Errors.Add(new ValidationErrorItem(path + ".role", "InvalidRole", $"'{admin.Role}' is not one of: admin, supervisor"));
        }

        var kept = current?.Admins.FirstOrDefault(a => a.Name == admin.Name)?.Password;
        return new AdminUser(admin.Name, Secret(admin.Password, admin.PasswordHash, kept, path), role ?? AdminRole.Admin);
    }

    private DialPlanRule ReadRule(DialPlanRuleDocument rule, string path, int index)
    {
        CallScope? scope = rule.Scope?.ToLowerInvariant() switch
        {
            null or "internal" => CallScope.Internal,
            "external" => CallScope.External,
            _ => null,
        };
        if (scope is null)
        {
            Errors.Add(new ValidationErrorItem(path + ".scope", "InvalidScope", $"'{rule.Scope}' is not one of: internal, external"));
        }

        return new DialPlanRule(rule.Order ?? (index + 1) * 10, rule.Pattern, rule.Translation ?? "$0", scope ?? CallScope.Internal);
    }

    private PasswordHash Secret(string? password, PasswordHash? hash, PasswordHash? kept, string path)
    {
        if (password is not null && hash is not null)
        {
            Errors.Add(new ValidationErrorItem(path + ".password", "AmbiguousSecret", "send either password or passwordHash, not both"));
        }

        if (password is not null)
        {
            if (password.Length == 0)
            {
                Errors.Add(new ValidationErrorItem(path + ".password", nameof(ConfigErrorCode.Required), "password may not be empty"));
            }

            return PasswordHasher.Hash(password, passwordIterations);
        }

        if ((hash ?? kept) is { } secret)
        {
            return secret;
        }

        Errors.Add(new ValidationErrorItem(path + ".password", nameof(ConfigErrorCode.Required), "password is required for a new user (or passwordHash)"));
        return new PasswordHash(string.Empty, 0, string.Empty, string.Empty);
    }

    private string Require(string? value, string path)
    {
        if (string.IsNullOrEmpty(value))
        {
            Errors.Add(new ValidationErrorItem(path, nameof(ConfigErrorCode.Required), "a value is required"));
            return string.Empty;
        }

        return value;
    }
}
