using Voice.Grains.Contracts.Tenancy;

namespace Voice.Grains.Tenancy;

/// <summary>
/// Checks a tenant configuration as a whole and reports every problem found (not only the first), each with the
/// path of the offending value, so an administrator can fix a file or request in one go.
/// </summary>
public sealed partial class TenantConfigValidator
{
    private const int MaxIdLength = 63;

    private readonly TenantConfig _config;
    private readonly List<ConfigError> _errors = [];
    private readonly Dictionary<string, (int Index, DnConfig Dn)> _dnsByNumber = new(StringComparer.Ordinal);
    private readonly HashSet<string> _queueIds = new(StringComparer.Ordinal);

    // Realm checks compare against the domain: with a bad domain they would only repeat that one mistake.
    private bool _domainValid;

    private TenantConfigValidator(TenantConfig config) => _config = config;

    public static ConfigValidationResult Validate(TenantConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        var validator = new TenantConfigValidator(config);
        validator.ValidateTenant();
        validator.ValidateDns();
        validator.ValidateAgents();
        validator.ValidateTrunks();
        validator.ValidateDialPlan();
        validator.ValidateAdmins();
        return validator._errors.Count == 0 ? ConfigValidationResult.Valid : new ConfigValidationResult(validator._errors);
    }

    /// <summary>Tenant ids end up in grain keys ("{tenant}:{dn}") and stream keys, so ':' and spaces are out.</summary>
    public static bool IsValidId(string? id) =>
        !string.IsNullOrEmpty(id) && id.Length <= MaxIdLength && char.IsAsciiLetterOrDigit(id[0])
        && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.');

    private void ValidateTenant()
    {
        if (RequirePresent(_config.TenantId, "tenantId") && !IsValidId(_config.TenantId))
        {
            Add(ConfigErrorCode.InvalidTenantId, "tenantId", $"tenant id '{_config.TenantId}' must be 1-{MaxIdLength} letters, digits, '-', '_' or '.', starting with a letter or digit");
        }

        if (_config.AfterCallWorkSec is { } acw and (< 0 or > 3600))
        {
            Add(ConfigErrorCode.AfterCallWorkOutOfRange, "afterCallWorkSec", $"afterCallWorkSec {acw} must be 0 to 3600 seconds");
        }

        // RFC 3261 §25.1: the host part of a SIP URI is a host name or an IP literal.
        _domainValid = RequirePresent(_config.SipDomain, "sipDomain") && Uri.CheckHostName(_config.SipDomain) != UriHostNameType.Unknown;
        if (!_domainValid && !string.IsNullOrWhiteSpace(_config.SipDomain))
        {
            Add(ConfigErrorCode.InvalidDomain, "sipDomain", $"'{_config.SipDomain}' is not a host name or IP address");
        }
    }

    private void Add(ConfigErrorCode code, string path, string message) => _errors.Add(new ConfigError(code, path, message));

    private bool RequirePresent(string? value, string path)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            return true;
        }

        Add(ConfigErrorCode.Required, path, $"{path} is required");
        return false;
    }

    /// <summary>Reports a value seen before under <paramref name="seen"/>; records it otherwise.</summary>
    private bool CheckUnique(Dictionary<string, string> seen, string value, string path, ConfigErrorCode code, string what)
    {
        if (seen.TryGetValue(value, out var firstPath))
        {
            Add(code, path, $"{what} '{value}' is already defined at {firstPath}");
            return false;
        }

        seen[value] = path;
        return true;
    }
}
