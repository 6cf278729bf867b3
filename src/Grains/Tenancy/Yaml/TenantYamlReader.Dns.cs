using Voice.Grains.Contracts.Tenancy;
using YamlDotNet.RepresentationModel;

namespace Voice.Grains.Tenancy.Yaml;

public sealed partial class TenantYamlReader
{
    private static readonly string[] DnKeys = ["number", "type", "password", "defaultTarget", "queueId", "selection", "ringTimeoutSec", "notReadyOnNoAnswer", "strategy"];
    private static readonly string[] AgentKeys = ["agentId", "loginId", "password", "defaultDn", "skills"];

    private DnConfig? ReadDn(YamlNode node, string path, string realm)
    {
        var mapping = AsMapping(node, path, DnKeys);
        if (mapping is null)
        {
            return null;
        }

        var number = Scalar(mapping, "number", path) ?? string.Empty;
        var type = ReadEnum(mapping, "type", path, DnType.Extension,
            ("extension", DnType.Extension), ("route-point", DnType.RoutePoint), ("virtual-queue", DnType.VirtualQueue));
        var password = Scalar(mapping, "password", path);
        DigestHa1? digest = null;
        if (password is not null)
        {
            // The clear password lives only in the file: what is kept is HA1 for realm = the tenant's domain.
            _marks[path + ".digest"] = Locate(path + ".password");
            digest = DigestHa1Calculator.Compute(number, realm, password);
        }

        return new DnConfig(
            number,
            type,
            digest,
            Scalar(mapping, "defaultTarget", path),
            Scalar(mapping, "queueId", path),
            Scalar(mapping, "selection", path),
            Integer(mapping, "ringTimeoutSec", path),
            Boolean(mapping, "notReadyOnNoAnswer", path),
            Scalar(mapping, "strategy", path));
    }

    private AgentConfig? ReadAgent(YamlNode node, string path)
    {
        var mapping = AsMapping(node, path, AgentKeys);
        if (mapping is null)
        {
            return null;
        }

        var agentId = Scalar(mapping, "agentId", path) ?? string.Empty;
        var loginId = Scalar(mapping, "loginId", path) ?? agentId;
        return new AgentConfig(agentId, loginId, HashPassword(mapping, path), ReadSkills(mapping, path + ".skills"), Scalar(mapping, "defaultDn", path));
    }

    /// <summary>Skills are a mapping "name: level", in file order.</summary>
    private List<AgentSkill> ReadSkills(YamlMappingNode agent, string path)
    {
        var skills = new List<AgentSkill>();
        if (!agent.Children.TryGetValue(new YamlScalarNode("skills"), out var node))
        {
            return skills;
        }

        Remember(path, node);
        if (node is not YamlMappingNode mapping)
        {
            Error(path, node.Start, "expected a mapping of skill name to level (sales: 5)");
            return skills;
        }

        foreach (var (key, value) in mapping.Children)
        {
            var skillPath = $"{path}[{skills.Count}]";
            Remember(skillPath, key);
            Remember(skillPath + ".name", key);
            Remember(skillPath + ".level", value);
            var name = (key as YamlScalarNode)?.Value ?? string.Empty;
            if (value is not YamlScalarNode { Value: { } text } || !int.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, out var level))
            {
                Error(skillPath + ".level", value.Start, $"skill '{name}': level must be a whole number");
                continue;
            }

            skills.Add(new AgentSkill(name, level));
        }

        return skills;
    }

    private PasswordHash HashPassword(YamlMappingNode mapping, string path)
    {
        var password = Scalar(mapping, "password", path);
        if (string.IsNullOrEmpty(password))
        {
            Error(path + ".password", Locate(path), "password is required");
            return new PasswordHash(string.Empty, 0, string.Empty, string.Empty);
        }

        return PasswordHasher.Hash(password, _options.PasswordIterations);
    }
}
