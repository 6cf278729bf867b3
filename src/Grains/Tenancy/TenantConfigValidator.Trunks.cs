using Voice.Grains.Contracts.Tenancy;
using Voice.Grains.DialPlan;

namespace Voice.Grains.Tenancy;

public sealed partial class TenantConfigValidator
{
    private void ValidateTrunks()
    {
        var trunks = _config.Trunks ?? [];
        var names = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < trunks.Count; i++)
        {
            var trunk = trunks[i];
            var path = $"trunks[{i}]";
            if (RequirePresent(trunk.Name, path + ".name"))
            {
                CheckUnique(names, trunk.Name, path + ".name", ConfigErrorCode.DuplicateTrunk, "trunk");
            }

            var acl = trunk.SourceAcl ?? [];
            if (acl.Count == 0)
            {
                Add(ConfigErrorCode.EmptyAcl, path + ".sourceAcl", $"trunk '{trunk.Name}' needs at least one source network");
            }

            for (var n = 0; n < acl.Count; n++)
            {
                if (!Cidr.TryParse(acl[n], out _, out var error))
                {
                    Add(ConfigErrorCode.InvalidCidr, $"{path}.sourceAcl[{n}]", $"trunk '{trunk.Name}': bad CIDR '{acl[n]}': {error}");
                }
            }

            if (trunk.Target is not null && TrunkTarget.Normalize(trunk.Target) is null)
            {
                Add(ConfigErrorCode.InvalidTarget, path + ".target", $"trunk '{trunk.Name}': target '{trunk.Target}' is not [udp:|tcp:]IP:PORT");
            }

            var allowed = trunk.AllowedPatterns ?? [];
            for (var p = 0; p < allowed.Count; p++)
            {
                if (!DialPattern.TryParse(allowed[p], out _, out var error))
                {
                    Add(ConfigErrorCode.InvalidPattern, $"{path}.allowedPatterns[{p}]", $"trunk '{trunk.Name}': pattern '{allowed[p]}': {error}");
                }
            }
        }
    }
}
