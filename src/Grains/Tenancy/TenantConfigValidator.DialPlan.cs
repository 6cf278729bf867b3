using System.Globalization;
using Voice.Grains.Contracts.Tenancy;
using Voice.Grains.DialPlan;

namespace Voice.Grains.Tenancy;

public sealed partial class TenantConfigValidator
{
    private void ValidateDialPlan()
    {
        var rules = _config.DialPlan ?? [];
        var orders = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < rules.Count; i++)
        {
            var rule = rules[i];
            var path = $"dialPlan[{i}]";
            CheckUnique(orders, rule.Order.ToString(CultureInfo.InvariantCulture), path + ".order", ConfigErrorCode.DuplicateRuleOrder, "rule order");
            if (!DialPattern.TryParse(rule.Pattern, out var pattern, out var error))
            {
                Add(ConfigErrorCode.InvalidPattern, path + ".pattern", $"pattern '{rule.Pattern}': {error}");
                continue;
            }

            if (!DialTranslation.TryParse(rule.Translation, pattern.Captures.Count, out _, out error))
            {
                Add(ConfigErrorCode.InvalidTranslation, path + ".translation", $"translation '{rule.Translation}': {error}");
            }
        }
    }

    private void ValidateAdmins()
    {
        var admins = _config.Admins ?? [];
        var names = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < admins.Count; i++)
        {
            var admin = admins[i];
            var path = $"admins[{i}]";
            if (RequirePresent(admin.Name, path + ".name"))
            {
                CheckUnique(names, admin.Name, path + ".name", ConfigErrorCode.DuplicateAdmin, "admin user");
            }

            CheckPasswordHash(admin.Password, path + ".password");
        }
    }
}
