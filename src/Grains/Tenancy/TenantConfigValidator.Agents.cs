using Voice.Grains.Contracts.Tenancy;

namespace Voice.Grains.Tenancy;

public sealed partial class TenantConfigValidator
{
    private void ValidateAgents()
    {
        var agents = _config.Agents ?? [];
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        var logins = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var dnNumbers = (_config.Dns ?? []).Select(d => d.Number).ToHashSet(StringComparer.Ordinal);
        for (var i = 0; i < agents.Count; i++)
        {
            var agent = agents[i];
            var path = $"agents[{i}]";
            if (RequirePresent(agent.AgentId, path + ".agentId") && IsValidIdOrReport(agent.AgentId, path + ".agentId"))
            {
                CheckUnique(ids, agent.AgentId, path + ".agentId", ConfigErrorCode.DuplicateAgent, "agent id");
                if (dnNumbers.Contains(agent.AgentId))
                {
                    // Agent events ({tenant}:{agentId}) and DN events ({tenant}:{dn}) share voice-agentstate: one key,
                    // two writers would interleave their seq numbers.
                    Add(ConfigErrorCode.AgentIdIsDn, path + ".agentId", $"agent id '{agent.AgentId}' is also a DN number; agent and DN events would share a key");
                }
            }

            if (RequirePresent(agent.LoginId, path + ".loginId"))
            {
                CheckUnique(logins, agent.LoginId, path + ".loginId", ConfigErrorCode.DuplicateLoginId, "login id");
            }

            CheckPasswordHash(agent.Password, path + ".password");
            ValidateSkills(agent.Skills ?? [], path + ".skills");
            if (agent.DefaultDn is not null)
            {
                ValidateDefaultDn(agent.DefaultDn, path + ".defaultDn");
            }
        }
    }

    private bool IsValidIdOrReport(string id, string path)
    {
        if (IsValidId(id))
        {
            return true;
        }

        Add(ConfigErrorCode.InvalidId, path, $"'{id}' must be 1-{MaxIdLength} letters, digits, '-', '_' or '.', starting with a letter or digit");
        return false;
    }

    private void ValidateSkills(IReadOnlyList<AgentSkill> skills, string path)
    {
        var names = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        for (var s = 0; s < skills.Count; s++)
        {
            var skill = skills[s];
            var skillPath = $"{path}[{s}]";
            if (!IsValidId(skill.Name))
            {
                Add(ConfigErrorCode.InvalidSkill, skillPath + ".name", $"skill name '{skill.Name}' must be letters, digits, '-', '_' or '.'");
            }
            else
            {
                CheckUnique(names, skill.Name, skillPath + ".name", ConfigErrorCode.DuplicateSkill, "skill");
            }

            if (skill.Level is < AgentSkill.MinLevel or > AgentSkill.MaxLevel)
            {
                Add(ConfigErrorCode.SkillLevelOutOfRange, skillPath + ".level", $"skill '{skill.Name}' level {skill.Level} is outside {AgentSkill.MinLevel}-{AgentSkill.MaxLevel}");
            }
        }
    }

    private void ValidateDefaultDn(string dn, string path)
    {
        if (!_dnsByNumber.TryGetValue(dn, out var found))
        {
            Add(ConfigErrorCode.UnknownDn, path, $"default DN {dn} is not defined");
        }
        else if (found.Dn.Type != DnType.Extension)
        {
            Add(ConfigErrorCode.DefaultDnNotExtension, path, $"default DN {dn} is a {found.Dn.Type}, not an extension");
        }
    }

    private void CheckPasswordHash(PasswordHash? hash, string path)
    {
        if (hash is null || !PasswordHasher.IsWellFormed(hash))
        {
            Add(ConfigErrorCode.InvalidPasswordHash, path, $"password must be a {PasswordHasher.Algorithm} hash with at least {PasswordHasher.MinimumIterations} iterations, salt and hash in base64");
        }
    }
}
