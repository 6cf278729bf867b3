using Voice.Grains.Contracts.Tenancy;
using YamlDotNet.RepresentationModel;

namespace Voice.Grains.Tenancy.Yaml;

public sealed partial class TenantYamlReader
{
    private static readonly string[] RootKeys = ["tenantId", "sipDomain", "dns", "agents", "trunks", "dialPlan", "admins", "afterCallWorkSec"];

    /// <summary>Reads the document root; null when it is not a mapping (the error is recorded).</summary>
    public TenantConfig? ReadTenant(YamlNode root)
    {
        ArgumentNullException.ThrowIfNull(root);
        var mapping = AsMapping(root, string.Empty, RootKeys);
        if (mapping is null)
        {
            return null;
        }

        var tenantId = Scalar(mapping, "tenantId", string.Empty) ?? string.Empty;
        var domain = Scalar(mapping, "sipDomain", string.Empty) ?? string.Empty;
        return new TenantConfig(
            tenantId,
            domain,
            ReadList(mapping, "dns", (node, path, _) => ReadDn(node, path, domain)),
            ReadList(mapping, "agents", (node, path, _) => ReadAgent(node, path)),
            ReadList(mapping, "trunks", (node, path, _) => ReadTrunk(node, path)),
            ReadList(mapping, "dialPlan", ReadRule),
            ReadList(mapping, "admins", (node, path, _) => ReadAdmin(node, path)),
            AfterCallWorkSec: Integer(mapping, "afterCallWorkSec", string.Empty));
    }

    private List<T> ReadList<T>(YamlMappingNode mapping, string key, Func<YamlNode, string, int, T?> read)
        where T : class
    {
        var result = new List<T>();
        var items = Sequence(mapping, key, string.Empty);
        for (var i = 0; i < items.Count; i++)
        {
            var item = read(items[i], $"{key}[{i}]", i);
            if (item is not null)
            {
                result.Add(item);
            }
        }

        return result;
    }

    private TrunkConfig? ReadTrunk(YamlNode node, string path)
    {
        var mapping = AsMapping(node, path, ["name", "sourceAcl", "allowedPatterns", "target"]);
        return mapping is null
            ? null
            : new TrunkConfig(Scalar(mapping, "name", path) ?? string.Empty, Strings(mapping, "sourceAcl", path), Strings(mapping, "allowedPatterns", path), Scalar(mapping, "target", path));
    }

    private DialPlanRule? ReadRule(YamlNode node, string path, int index)
    {
        var mapping = AsMapping(node, path, ["order", "pattern", "translation", "scope"]);
        if (mapping is null)
        {
            return null;
        }

        // Without an explicit order, rules keep their position in the file (10, 20, 30 … leaves room to insert).
        var scope = ReadEnum(mapping, "scope", path, CallScope.Internal, ("internal", CallScope.Internal), ("external", CallScope.External));
        return new DialPlanRule(
            Integer(mapping, "order", path) ?? (index + 1) * 10,
            Scalar(mapping, "pattern", path) ?? string.Empty,
            Scalar(mapping, "translation", path) ?? "$0",
            scope);
    }

    private AdminUser? ReadAdmin(YamlNode node, string path)
    {
        var mapping = AsMapping(node, path, ["name", "password", "role"]);
        if (mapping is null)
        {
            return null;
        }

        var role = ReadEnum(mapping, "role", path, AdminRole.Admin, ("admin", AdminRole.Admin), ("supervisor", AdminRole.Supervisor));
        return new AdminUser(Scalar(mapping, "name", path) ?? string.Empty, HashPassword(mapping, path), role);
    }

    private T ReadEnum<T>(YamlMappingNode mapping, string key, string path, T fallback, params (string Name, T Value)[] names)
    {
        var text = Scalar(mapping, key, path);
        if (text is null)
        {
            return fallback;
        }

        foreach (var (name, value) in names)
        {
            if (string.Equals(name, text, StringComparison.OrdinalIgnoreCase))
            {
                return value;
            }
        }

        Error(Join(path, key), Locate(Join(path, key)), $"'{text}' is not one of: {string.Join(", ", names.Select(n => n.Name))}");
        return fallback;
    }
}
